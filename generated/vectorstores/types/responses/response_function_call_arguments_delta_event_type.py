# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFunctionCallArgumentsDeltaEventType``."""

from vectorstores_raw.models import ResponseFunctionCallArgumentsDeltaEventType

__all__ = [
    "ResponseFunctionCallArgumentsDeltaEventType",
]
