# Generated from openapi.yaml by make generate; do not edit.
"""``ComputerToolCallOutputStatus``."""

from vectorstores_raw.models import ComputerToolCallOutputStatus

__all__ = [
    "ComputerToolCallOutputStatus",
]
