# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseWebSearchCallSearchingEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseWebSearchCallSearchingEvent, ResponseWebSearchCallSearchingEventType

__all__ = [
    "ResponseWebSearchCallSearchingEvent",
    "ResponseWebSearchCallSearchingEventType",
]
