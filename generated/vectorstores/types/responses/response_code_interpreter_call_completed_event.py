# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCodeInterpreterCallCompletedEvent`` and the types its fields name."""

from vectorstores_raw.models import (
    ResponseCodeInterpreterCallCompletedEvent,
    ResponseCodeInterpreterCallCompletedEventType,
)

__all__ = [
    "ResponseCodeInterpreterCallCompletedEvent",
    "ResponseCodeInterpreterCallCompletedEventType",
]
