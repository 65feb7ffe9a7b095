# Generated from openapi.yaml by make generate; do not edit.
"""``ComputerToolCallOutputType``."""

from vectorstores_raw.models import ComputerToolCallOutputType

__all__ = [
    "ComputerToolCallOutputType",
]
