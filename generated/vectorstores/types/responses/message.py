# Generated from openapi.yaml by make generate; do not edit.
"""``Message`` and the types its fields name."""

from vectorstores_raw.models import InputTextContent, Message, MessagePhase2, MessageRole, MessageStatus, MessageType

__all__ = [
    "InputTextContent",
    "Message",
    "MessagePhase2",
    "MessageRole",
    "MessageStatus",
    "MessageType",
]
