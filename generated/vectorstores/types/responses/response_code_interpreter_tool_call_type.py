# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCodeInterpreterToolCallType``."""

from vectorstores_raw.models import ResponseCodeInterpreterToolCallType

__all__ = [
    "ResponseCodeInterpreterToolCallType",
]
