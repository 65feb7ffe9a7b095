# Generated from openapi.yaml by make generate; do not edit.
"""``WebSearchToolType``."""

from vectorstores_raw.models import WebSearchToolType

__all__ = [
    "WebSearchToolType",
]
