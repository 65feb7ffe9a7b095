# Generated from openapi.yaml by make generate; do not edit.
"""``EasyInputMessage`` and the types its fields name."""

from vectorstores_raw.models import (
    EasyInputMessage,
    EasyInputMessageRole,
    EasyInputMessageType,
    MessagePhase,
    ResponseInputText,
)

__all__ = [
    "EasyInputMessage",
    "EasyInputMessageRole",
    "EasyInputMessageType",
    "MessagePhase",
    "ResponseInputText",
]
