# Generated from openapi.yaml by make generate; do not edit.
"""``ComputerToolCallOutputResourceType``."""

from vectorstores_raw.models import ComputerToolCallOutputResourceType

__all__ = [
    "ComputerToolCallOutputResourceType",
]
