# Generated from openapi.yaml by make generate; do not edit.
"""``ComputerUsePreviewType``."""

from vectorstores_raw.models import ComputerUsePreviewType

__all__ = [
    "ComputerUsePreviewType",
]
