# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCreatedEvent`` and the types its fields name."""

from vectorstores_raw.models import Response, ResponseCreatedEvent, ResponseCreatedEventType

__all__ = [
    "Response",
    "ResponseCreatedEvent",
    "ResponseCreatedEventType",
]
