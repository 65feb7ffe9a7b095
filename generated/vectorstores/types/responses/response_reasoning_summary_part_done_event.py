# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseReasoningSummaryPartDoneEvent`` and the types its fields name."""

from vectorstores_raw.models import (
    ResponseReasoningSummaryPartDoneEvent,
    ResponseReasoningSummaryPartDoneEventPart,
    ResponseReasoningSummaryPartDoneEventStatus,
    ResponseReasoningSummaryPartDoneEventType,
)

# openai-python's names for the objects of fields.
Part = ResponseReasoningSummaryPartDoneEventPart

__all__ = [
    "Part",
    "ResponseReasoningSummaryPartDoneEvent",
    "ResponseReasoningSummaryPartDoneEventPart",
    "ResponseReasoningSummaryPartDoneEventStatus",
    "ResponseReasoningSummaryPartDoneEventType",
]
