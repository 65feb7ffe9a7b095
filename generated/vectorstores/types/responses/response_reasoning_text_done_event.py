# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseReasoningTextDoneEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseReasoningTextDoneEvent, ResponseReasoningTextDoneEventType

__all__ = [
    "ResponseReasoningTextDoneEvent",
    "ResponseReasoningTextDoneEventType",
]
