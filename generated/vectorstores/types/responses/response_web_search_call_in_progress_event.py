# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseWebSearchCallInProgressEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseWebSearchCallInProgressEvent, ResponseWebSearchCallInProgressEventType

__all__ = [
    "ResponseWebSearchCallInProgressEvent",
    "ResponseWebSearchCallInProgressEventType",
]
