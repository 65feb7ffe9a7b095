# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseOutputItemAddedEvent`` and the types its fields name."""

from vectorstores_raw.models import (
    ResponseOutputItemAddedEvent,
    ResponseOutputItemAddedEventType,
    ResponseOutputMessage,
)

__all__ = [
    "ResponseOutputItemAddedEvent",
    "ResponseOutputItemAddedEventType",
    "ResponseOutputMessage",
]
