# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCodeInterpreterCallCodeDeltaEvent`` and the types its fields name."""

from vectorstores_raw.models import (
    ResponseCodeInterpreterCallCodeDeltaEvent,
    ResponseCodeInterpreterCallCodeDeltaEventType,
)

__all__ = [
    "ResponseCodeInterpreterCallCodeDeltaEvent",
    "ResponseCodeInterpreterCallCodeDeltaEventType",
]
