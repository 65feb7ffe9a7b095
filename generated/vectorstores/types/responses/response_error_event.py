# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseErrorEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseErrorEvent, ResponseErrorEventType

__all__ = [
    "ResponseErrorEvent",
    "ResponseErrorEventType",
]
