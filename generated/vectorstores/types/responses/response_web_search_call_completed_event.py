# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseWebSearchCallCompletedEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseWebSearchCallCompletedEvent, ResponseWebSearchCallCompletedEventType

__all__ = [
    "ResponseWebSearchCallCompletedEvent",
    "ResponseWebSearchCallCompletedEventType",
]
