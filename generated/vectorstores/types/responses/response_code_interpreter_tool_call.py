# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCodeInterpreterToolCall`` and the types its fields name."""

from vectorstores_raw.models import (
    CodeInterpreterOutputLogs,
    ResponseCodeInterpreterToolCall,
    ResponseCodeInterpreterToolCallStatus,
    ResponseCodeInterpreterToolCallType,
)

__all__ = [
    "CodeInterpreterOutputLogs",
    "ResponseCodeInterpreterToolCall",
    "ResponseCodeInterpreterToolCallStatus",
    "ResponseCodeInterpreterToolCallType",
]
