# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCodeInterpreterCallCodeDeltaEventType``."""

from vectorstores_raw.models import ResponseCodeInterpreterCallCodeDeltaEventType

__all__ = [
    "ResponseCodeInterpreterCallCodeDeltaEventType",
]
