# Generated from openapi.yaml by make generate; do not edit.
"""``ComputerCallOutputItemParam`` and the types its fields name."""

from vectorstores_raw.models import (
    ComputerCallOutputItemParam,
    ComputerCallOutputItemParamType,
    ComputerCallSafetyCheckParam,
    FunctionCallItemStatus,
    ResponseComputerToolCallOutputScreenshot,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Output = ResponseComputerToolCallOutputScreenshot
AcknowledgedSafetyCheck = ComputerCallSafetyCheckParam

__all__ = [
    "AcknowledgedSafetyCheck",
    "ComputerCallOutputItemParam",
    "ComputerCallOutputItemParamType",
    "ComputerCallSafetyCheckParam",
    "FunctionCallItemStatus",
    "Output",
    "ResponseComputerToolCallOutputScreenshot",
]
