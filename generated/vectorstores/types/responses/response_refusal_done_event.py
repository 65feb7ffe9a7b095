# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseRefusalDoneEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseRefusalDoneEvent, ResponseRefusalDoneEventType

__all__ = [
    "ResponseRefusalDoneEvent",
    "ResponseRefusalDoneEventType",
]
