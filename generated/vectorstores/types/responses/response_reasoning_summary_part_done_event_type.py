# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseReasoningSummaryPartDoneEventType``."""

from vectorstores_raw.models import ResponseReasoningSummaryPartDoneEventType

__all__ = [
    "ResponseReasoningSummaryPartDoneEventType",
]
