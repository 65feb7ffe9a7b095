# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCompletedEvent`` and the types its fields name."""

from vectorstores_raw.models import Response, ResponseCompletedEvent, ResponseCompletedEventType

__all__ = [
    "Response",
    "ResponseCompletedEvent",
    "ResponseCompletedEventType",
]
