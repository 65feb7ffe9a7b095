# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseOutputItemDoneEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseOutputItemDoneEvent, ResponseOutputItemDoneEventType, ResponseOutputMessage

__all__ = [
    "ResponseOutputItemDoneEvent",
    "ResponseOutputItemDoneEventType",
    "ResponseOutputMessage",
]
