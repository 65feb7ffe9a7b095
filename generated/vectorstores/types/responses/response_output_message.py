# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseOutputMessage`` and the types its fields name."""

from vectorstores_raw.models import (
    MessagePhase,
    ResponseOutputMessage,
    ResponseOutputMessageRole,
    ResponseOutputMessageStatus,
    ResponseOutputMessageType,
    ResponseOutputText,
)

__all__ = [
    "MessagePhase",
    "ResponseOutputMessage",
    "ResponseOutputMessageRole",
    "ResponseOutputMessageStatus",
    "ResponseOutputMessageType",
    "ResponseOutputText",
]
