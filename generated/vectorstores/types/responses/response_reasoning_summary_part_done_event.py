# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseReasoningSummaryPartDoneEvent`` and the types its fields name."""

from vectorstores_raw.models import (
    ResponseReasoningSummaryPartDoneEvent,
    ResponseReasoningSummaryPartDoneEventPart,
    ResponseReasoningSummaryPartDoneEventStatus,
    ResponseReasoningSummaryPartDoneEventType,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Part = ResponseReasoningSummaryPartDoneEventPart

__all__ = [
    "Part",
    "ResponseReasoningSummaryPartDoneEvent",
    "ResponseReasoningSummaryPartDoneEventPart",
    "ResponseReasoningSummaryPartDoneEventStatus",
    "ResponseReasoningSummaryPartDoneEventType",
]
