# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFileSearchCallSearchingEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseFileSearchCallSearchingEvent, ResponseFileSearchCallSearchingEventType

__all__ = [
    "ResponseFileSearchCallSearchingEvent",
    "ResponseFileSearchCallSearchingEventType",
]
