# Generated from openapi.yaml by make generate; do not edit.
"""``WebSearchPreviewTool`` and the types its fields name."""

from vectorstores_raw.models import (
    ApproximateLocation,
    SearchContentType,
    SearchContextSize,
    WebSearchPreviewTool,
    WebSearchPreviewToolType,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
UserLocation = ApproximateLocation

__all__ = [
    "ApproximateLocation",
    "SearchContentType",
    "SearchContextSize",
    "UserLocation",
    "WebSearchPreviewTool",
    "WebSearchPreviewToolType",
]
