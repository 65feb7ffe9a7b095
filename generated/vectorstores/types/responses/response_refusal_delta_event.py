# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseRefusalDeltaEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseRefusalDeltaEvent, ResponseRefusalDeltaEventType

__all__ = [
    "ResponseRefusalDeltaEvent",
    "ResponseRefusalDeltaEventType",
]
