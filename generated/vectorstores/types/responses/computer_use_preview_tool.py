# Generated from openapi.yaml by make generate; do not edit.
"""``ComputerUsePreviewTool`` and the types its fields name."""

from vectorstores_raw.models import ComputerEnvironment, ComputerUsePreviewTool, ComputerUsePreviewToolType

__all__ = [
    "ComputerEnvironment",
    "ComputerUsePreviewTool",
    "ComputerUsePreviewToolType",
]
