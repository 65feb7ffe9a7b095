# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseQueuedEvent`` and the types its fields name."""

from vectorstores_raw.models import Response, ResponseQueuedEvent, ResponseQueuedEventType

__all__ = [
    "Response",
    "ResponseQueuedEvent",
    "ResponseQueuedEventType",
]
