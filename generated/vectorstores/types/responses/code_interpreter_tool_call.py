# Generated from openapi.yaml by make generate; do not edit.
"""``CodeInterpreterToolCall`` and the types its fields name."""

from vectorstores_raw.models import (
    CodeInterpreterOutputLogs,
    CodeInterpreterToolCall,
    CodeInterpreterToolCallStatus,
    CodeInterpreterToolCallType,
)

__all__ = [
    "CodeInterpreterOutputLogs",
    "CodeInterpreterToolCall",
    "CodeInterpreterToolCallStatus",
    "CodeInterpreterToolCallType",
]
