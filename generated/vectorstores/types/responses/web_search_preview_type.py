# Generated from openapi.yaml by make generate; do not edit.
"""``WebSearchPreviewType``."""

from vectorstores_raw.models import WebSearchPreviewType

__all__ = [
    "WebSearchPreviewType",
]
