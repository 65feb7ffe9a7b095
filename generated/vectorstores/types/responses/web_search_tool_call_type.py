# Generated from openapi.yaml by make generate; do not edit.
"""``WebSearchToolCallType``."""

from vectorstores_raw.models import WebSearchToolCallType

__all__ = [
    "WebSearchToolCallType",
]
