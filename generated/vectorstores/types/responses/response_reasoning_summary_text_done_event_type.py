# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseReasoningSummaryTextDoneEventType``."""

from vectorstores_raw.models import ResponseReasoningSummaryTextDoneEventType

__all__ = [
    "ResponseReasoningSummaryTextDoneEventType",
]
