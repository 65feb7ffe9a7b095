# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCodeInterpreterToolCallStatus``."""

from vectorstores_raw.models import ResponseCodeInterpreterToolCallStatus

__all__ = [
    "ResponseCodeInterpreterToolCallStatus",
]
