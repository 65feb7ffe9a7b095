# Generated from openapi.yaml by make generate; do not edit.
"""``WebSearchTool`` and the types its fields name."""

from vectorstores_raw.models import (
    WebSearchApproximateLocation,
    WebSearchTool,
    WebSearchToolFiltersType0,
    WebSearchToolSearchContextSize,
    WebSearchToolType,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Filters = WebSearchToolFiltersType0
UserLocation = WebSearchApproximateLocation

__all__ = [
    "Filters",
    "UserLocation",
    "WebSearchApproximateLocation",
    "WebSearchTool",
    "WebSearchToolFiltersType0",
    "WebSearchToolSearchContextSize",
    "WebSearchToolType",
]
