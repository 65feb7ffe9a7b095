# Generated from openapi.yaml by make generate; do not edit.
"""``ComputerToolCallType``."""

from vectorstores_raw.models import ComputerToolCallType

__all__ = [
    "ComputerToolCallType",
]
