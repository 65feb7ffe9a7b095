# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFunctionCallArgumentsDoneEventType``."""

from vectorstores_raw.models import ResponseFunctionCallArgumentsDoneEventType

__all__ = [
    "ResponseFunctionCallArgumentsDoneEventType",
]
