# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseReasoningSummaryPartDoneEventPart`` and the types its fields name."""

from vectorstores_raw.models import (
    ResponseReasoningSummaryPartDoneEventPart,
    ResponseReasoningSummaryPartDoneEventPartType,
)

__all__ = [
    "ResponseReasoningSummaryPartDoneEventPart",
    "ResponseReasoningSummaryPartDoneEventPartType",
]
