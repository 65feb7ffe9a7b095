# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseReasoningSummaryTextDoneEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseReasoningSummaryTextDoneEvent, ResponseReasoningSummaryTextDoneEventType

__all__ = [
    "ResponseReasoningSummaryTextDoneEvent",
    "ResponseReasoningSummaryTextDoneEventType",
]
