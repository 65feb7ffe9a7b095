# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseReasoningSummaryPartDoneEventStatus``."""

from vectorstores_raw.models import ResponseReasoningSummaryPartDoneEventStatus

__all__ = [
    "ResponseReasoningSummaryPartDoneEventStatus",
]
