# Generated from openapi.yaml by make generate; do not edit.
"""``WebSearchToolCall`` and the types its fields name."""

from vectorstores_raw.models import SearchAction, WebSearchToolCall, WebSearchToolCallStatus, WebSearchToolCallType

__all__ = [
    "SearchAction",
    "WebSearchToolCall",
    "WebSearchToolCallStatus",
    "WebSearchToolCallType",
]
