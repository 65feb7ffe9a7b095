# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseReasoningTextDeltaEventType``."""

from vectorstores_raw.models import ResponseReasoningTextDeltaEventType

__all__ = [
    "ResponseReasoningTextDeltaEventType",
]
