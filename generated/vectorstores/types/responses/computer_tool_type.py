# Generated from openapi.yaml by make generate; do not edit.
"""``ComputerToolType``."""

from vectorstores_raw.models import ComputerToolType

__all__ = [
    "ComputerToolType",
]
