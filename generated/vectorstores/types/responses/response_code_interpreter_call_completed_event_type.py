# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCodeInterpreterCallCompletedEventType``."""

from vectorstores_raw.models import ResponseCodeInterpreterCallCompletedEventType

__all__ = [
    "ResponseCodeInterpreterCallCompletedEventType",
]
