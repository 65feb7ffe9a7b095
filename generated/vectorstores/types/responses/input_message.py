# Generated from openapi.yaml by make generate; do not edit.
"""``InputMessage`` and the types its fields name."""

from vectorstores_raw.models import (
    InputMessage,
    InputMessageRole,
    InputMessageStatus,
    InputMessageType,
    ResponseInputText,
)

__all__ = [
    "InputMessage",
    "InputMessageRole",
    "InputMessageStatus",
    "InputMessageType",
    "ResponseInputText",
]
