# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseReasoningTextDoneEventType``."""

from vectorstores_raw.models import ResponseReasoningTextDoneEventType

__all__ = [
    "ResponseReasoningTextDoneEventType",
]
