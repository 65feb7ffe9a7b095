# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCodeInterpreterCallInterpretingEvent`` and the types its fields name."""

from vectorstores_raw.models import (
    ResponseCodeInterpreterCallInterpretingEvent,
    ResponseCodeInterpreterCallInterpretingEventType,
)

__all__ = [
    "ResponseCodeInterpreterCallInterpretingEvent",
    "ResponseCodeInterpreterCallInterpretingEventType",
]
