# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCodeInterpreterCallCodeDoneEventType``."""

from vectorstores_raw.models import ResponseCodeInterpreterCallCodeDoneEventType

__all__ = [
    "ResponseCodeInterpreterCallCodeDoneEventType",
]
