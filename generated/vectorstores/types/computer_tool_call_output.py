# Generated from openapi.yaml by make generate; do not edit.
"""``ComputerToolCallOutput`` and the types its fields name."""

from vectorstores_raw.models import (
    ComputerCallSafetyCheckParam,
    ComputerToolCallOutput,
    ComputerToolCallOutputStatus,
    ComputerToolCallOutputType,
    ResponseComputerToolCallOutputScreenshot,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Output = ResponseComputerToolCallOutputScreenshot
AcknowledgedSafetyCheck = ComputerCallSafetyCheckParam

__all__ = [
    "AcknowledgedSafetyCheck",
    "ComputerCallSafetyCheckParam",
    "ComputerToolCallOutput",
    "ComputerToolCallOutputStatus",
    "ComputerToolCallOutputType",
    "Output",
    "ResponseComputerToolCallOutputScreenshot",
]
