# Generated from openapi.yaml by make generate; do not edit.
"""``WebSearchPreviewToolType``."""

from vectorstores_raw.models import WebSearchPreviewToolType

__all__ = [
    "WebSearchPreviewToolType",
]
