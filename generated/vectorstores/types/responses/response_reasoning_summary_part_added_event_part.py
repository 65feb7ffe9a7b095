# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseReasoningSummaryPartAddedEventPart`` and the types its fields name."""

from vectorstores_raw.models import (
    ResponseReasoningSummaryPartAddedEventPart,
    ResponseReasoningSummaryPartAddedEventPartType,
)

__all__ = [
    "ResponseReasoningSummaryPartAddedEventPart",
    "ResponseReasoningSummaryPartAddedEventPartType",
]
