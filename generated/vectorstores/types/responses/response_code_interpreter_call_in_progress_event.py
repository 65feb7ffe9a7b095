# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCodeInterpreterCallInProgressEvent`` and the types its fields name."""

from vectorstores_raw.models import (
    ResponseCodeInterpreterCallInProgressEvent,
    ResponseCodeInterpreterCallInProgressEventType,
)

__all__ = [
    "ResponseCodeInterpreterCallInProgressEvent",
    "ResponseCodeInterpreterCallInProgressEventType",
]
