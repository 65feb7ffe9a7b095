# Generated from openapi.yaml by make generate; do not edit.
"""``ComputerTool`` and the types its fields name."""

from vectorstores_raw.models import ComputerTool, ComputerToolType

__all__ = [
    "ComputerTool",
    "ComputerToolType",
]
