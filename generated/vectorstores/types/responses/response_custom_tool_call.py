# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCustomToolCall`` and the types its fields name."""

from vectorstores_raw.models import DirectToolCallCaller, ResponseCustomToolCall, ResponseCustomToolCallType

__all__ = [
    "DirectToolCallCaller",
    "ResponseCustomToolCall",
    "ResponseCustomToolCallType",
]
