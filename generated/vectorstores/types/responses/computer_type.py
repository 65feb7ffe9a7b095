# Generated from openapi.yaml by make generate; do not edit.
"""``ComputerType``."""

from vectorstores_raw.models import ComputerType

__all__ = [
    "ComputerType",
]
