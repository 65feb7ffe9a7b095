# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseReasoningSummaryTextDeltaEventType``."""

from vectorstores_raw.models import ResponseReasoningSummaryTextDeltaEventType

__all__ = [
    "ResponseReasoningSummaryTextDeltaEventType",
]
