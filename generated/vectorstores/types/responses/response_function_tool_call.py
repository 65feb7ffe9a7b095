# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFunctionToolCall`` and the types its fields name."""

from vectorstores_raw.models import (
    DirectToolCallCaller,
    ResponseFunctionToolCall,
    ResponseFunctionToolCallStatus,
    ResponseFunctionToolCallType,
)

__all__ = [
    "DirectToolCallCaller",
    "ResponseFunctionToolCall",
    "ResponseFunctionToolCallStatus",
    "ResponseFunctionToolCallType",
]
