# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseImageGenCallCompletedEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseImageGenCallCompletedEvent, ResponseImageGenCallCompletedEventType

__all__ = [
    "ResponseImageGenCallCompletedEvent",
    "ResponseImageGenCallCompletedEventType",
]
