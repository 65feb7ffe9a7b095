# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFileSearchCallCompletedEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseFileSearchCallCompletedEvent, ResponseFileSearchCallCompletedEventType

__all__ = [
    "ResponseFileSearchCallCompletedEvent",
    "ResponseFileSearchCallCompletedEventType",
]
