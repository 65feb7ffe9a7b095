# Generated from openapi.yaml by make generate; do not edit.
"""``Message`` and the types its fields name."""

from vectorstores_raw.models import Message, MessagePhase2, MessageRole, MessageStatus, MessageType, ResponseInputText

__all__ = [
    "Message",
    "MessagePhase2",
    "MessageRole",
    "MessageStatus",
    "MessageType",
    "ResponseInputText",
]
