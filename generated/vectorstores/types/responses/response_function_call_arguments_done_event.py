# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFunctionCallArgumentsDoneEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseFunctionCallArgumentsDoneEvent, ResponseFunctionCallArgumentsDoneEventType

__all__ = [
    "ResponseFunctionCallArgumentsDoneEvent",
    "ResponseFunctionCallArgumentsDoneEventType",
]
