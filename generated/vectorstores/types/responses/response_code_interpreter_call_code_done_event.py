# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCodeInterpreterCallCodeDoneEvent`` and the types its fields name."""

from vectorstores_raw.models import (
    ResponseCodeInterpreterCallCodeDoneEvent,
    ResponseCodeInterpreterCallCodeDoneEventType,
)

__all__ = [
    "ResponseCodeInterpreterCallCodeDoneEvent",
    "ResponseCodeInterpreterCallCodeDoneEventType",
]
