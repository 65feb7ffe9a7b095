# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseComputerToolCallOutputItem`` and the types its fields name."""

from vectorstores_raw.models import (
    ComputerCallOutputStatus,
    ComputerCallSafetyCheckParam,
    ResponseComputerToolCallOutputItem,
    ResponseComputerToolCallOutputItemType,
    ResponseComputerToolCallOutputScreenshot,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Output = ResponseComputerToolCallOutputScreenshot
AcknowledgedSafetyCheck = ComputerCallSafetyCheckParam

__all__ = [
    "AcknowledgedSafetyCheck",
    "ComputerCallOutputStatus",
    "ComputerCallSafetyCheckParam",
    "Output",
    "ResponseComputerToolCallOutputItem",
    "ResponseComputerToolCallOutputItemType",
    "ResponseComputerToolCallOutputScreenshot",
]
