# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFailedEvent`` and the types its fields name."""

from vectorstores_raw.models import Response, ResponseFailedEvent, ResponseFailedEventType

__all__ = [
    "Response",
    "ResponseFailedEvent",
    "ResponseFailedEventType",
]
