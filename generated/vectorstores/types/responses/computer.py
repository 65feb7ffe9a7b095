# Generated from openapi.yaml by make generate; do not edit.
"""``Computer`` and the types its fields name."""

from vectorstores_raw.models import Computer, ComputerType

__all__ = [
    "Computer",
    "ComputerType",
]
