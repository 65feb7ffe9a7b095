# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCodeInterpreterCallInProgressEventType``."""

from vectorstores_raw.models import ResponseCodeInterpreterCallInProgressEventType

__all__ = [
    "ResponseCodeInterpreterCallInProgressEventType",
]
