# Generated from openapi.yaml by make generate; do not edit.
"""``ComputerToolCallStatus``."""

from vectorstores_raw.models import ComputerToolCallStatus

__all__ = [
    "ComputerToolCallStatus",
]
