# Generated from openapi.yaml by make generate; do not edit.
"""``ComputerToolCallOutputResource`` and the types its fields name."""

from vectorstores_raw.models import (
    ComputerCallOutputStatus,
    ComputerCallSafetyCheckParam,
    ComputerScreenshotImage,
    ComputerToolCallOutputResource,
    ComputerToolCallOutputResourceType,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Output = ComputerScreenshotImage
AcknowledgedSafetyCheck = ComputerCallSafetyCheckParam

__all__ = [
    "AcknowledgedSafetyCheck",
    "ComputerCallOutputStatus",
    "ComputerCallSafetyCheckParam",
    "ComputerScreenshotImage",
    "ComputerToolCallOutputResource",
    "ComputerToolCallOutputResourceType",
    "Output",
]
