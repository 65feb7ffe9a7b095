# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseReasoningSummaryPartAddedEventType``."""

from vectorstores_raw.models import ResponseReasoningSummaryPartAddedEventType

__all__ = [
    "ResponseReasoningSummaryPartAddedEventType",
]
