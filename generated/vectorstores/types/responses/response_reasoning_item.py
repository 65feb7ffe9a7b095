# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseReasoningItem`` and the types its fields name."""

from vectorstores_raw.models import (
    ReasoningText,
    ResponseReasoningItem,
    ResponseReasoningItemStatus,
    ResponseReasoningItemType,
    SummaryText,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
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
