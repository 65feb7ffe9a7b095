# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseReasoningSummaryPartAddedEventPartType``."""

from vectorstores_raw.models import ResponseReasoningSummaryPartAddedEventPartType

__all__ = [
    "ResponseReasoningSummaryPartAddedEventPartType",
]
