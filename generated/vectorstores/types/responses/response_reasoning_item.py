# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseReasoningItem`` and the types its fields name."""

from vectorstores_raw.models import (
    ReasoningText,
    ResponseReasoningItem,
    ResponseReasoningItemStatus,
    ResponseReasoningItemType,
    SummaryText,
)

# openai-python's names for the objects of fields.
Summary = SummaryText
Content = ReasoningText

__all__ = [
    "Content",
    "ReasoningText",
    "ResponseReasoningItem",
    "ResponseReasoningItemStatus",
    "ResponseReasoningItemType",
    "Summary",
    "SummaryText",
]
