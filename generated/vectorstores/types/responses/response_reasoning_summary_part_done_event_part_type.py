# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseReasoningSummaryPartDoneEventPartType``."""

from vectorstores_raw.models import ResponseReasoningSummaryPartDoneEventPartType

__all__ = [
    "ResponseReasoningSummaryPartDoneEventPartType",
]
