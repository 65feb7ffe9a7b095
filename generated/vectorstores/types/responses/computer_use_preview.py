# Generated from openapi.yaml by make generate; do not edit.
"""``ComputerUsePreview`` and the types its fields name."""

from vectorstores_raw.models import ComputerEnvironment, ComputerUsePreview, ComputerUsePreviewType

__all__ = [
    "ComputerEnvironment",
    "ComputerUsePreview",
    "ComputerUsePreviewType",
]
