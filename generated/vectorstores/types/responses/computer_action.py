# Generated from openapi.yaml by make generate; do not edit.
"""``ComputerAction``."""

from vectorstores_raw.models import ComputerAction

__all__ = [
    "ComputerAction",
]
