# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseOutputMessage`` and the types its fields name."""

from vectorstores_raw.models import (
    MessagePhase,
    OutputText,
    ResponseOutputMessage,
    ResponseOutputMessageRole,
    ResponseOutputMessageStatus,
    ResponseOutputMessageType,
)

__all__ = [
    "MessagePhase",
    "OutputText",
    "ResponseOutputMessage",
    "ResponseOutputMessageRole",
    "ResponseOutputMessageStatus",
    "ResponseOutputMessageType",
]
