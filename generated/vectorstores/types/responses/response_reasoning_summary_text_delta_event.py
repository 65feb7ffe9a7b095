# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseReasoningSummaryTextDeltaEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseReasoningSummaryTextDeltaEvent, ResponseReasoningSummaryTextDeltaEventType

__all__ = [
    "ResponseReasoningSummaryTextDeltaEvent",
    "ResponseReasoningSummaryTextDeltaEventType",
]
