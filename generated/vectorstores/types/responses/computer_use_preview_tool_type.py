# Generated from openapi.yaml by make generate; do not edit.
"""``ComputerUsePreviewToolType``."""

from vectorstores_raw.models import ComputerUsePreviewToolType

__all__ = [
    "ComputerUsePreviewToolType",
]
