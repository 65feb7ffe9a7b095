# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseReasoningSummaryPartAddedEvent`` and the types its fields name."""

from vectorstores_raw.models import (
    ResponseReasoningSummaryPartAddedEvent,
    ResponseReasoningSummaryPartAddedEventPart,
    ResponseReasoningSummaryPartAddedEventType,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Part = ResponseReasoningSummaryPartAddedEventPart

__all__ = [
    "Part",
    "ResponseReasoningSummaryPartAddedEvent",
    "ResponseReasoningSummaryPartAddedEventPart",
    "ResponseReasoningSummaryPartAddedEventType",
]
