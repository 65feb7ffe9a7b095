# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCodeInterpreterCallInterpretingEventType``."""

from vectorstores_raw.models import ResponseCodeInterpreterCallInterpretingEventType

__all__ = [
    "ResponseCodeInterpreterCallInterpretingEventType",
]
