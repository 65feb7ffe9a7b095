# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseReasoningTextDeltaEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseReasoningTextDeltaEvent, ResponseReasoningTextDeltaEventType

__all__ = [
    "ResponseReasoningTextDeltaEvent",
    "ResponseReasoningTextDeltaEventType",
]
