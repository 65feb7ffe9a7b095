# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFunctionCallArgumentsDeltaEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseFunctionCallArgumentsDeltaEvent, ResponseFunctionCallArgumentsDeltaEventType

__all__ = [
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseFunctionCallArgumentsDeltaEventType",
]
