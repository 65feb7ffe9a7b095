# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseComputerToolCall`` and the types its fields name."""

from vectorstores_raw.models import (
    Click,
    ComputerCallSafetyCheckParam,
    ResponseComputerToolCall,
    ResponseComputerToolCallStatus,
    ResponseComputerToolCallType,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
PendingSafetyCheck = ComputerCallSafetyCheckParam

__all__ = [
    "Click",
    "ComputerCallSafetyCheckParam",
    "PendingSafetyCheck",
    "ResponseComputerToolCall",
    "ResponseComputerToolCallStatus",
    "ResponseComputerToolCallType",
]
