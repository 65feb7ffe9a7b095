# Generated from openapi.yaml by make generate; do not edit.
"""``ComputerEnvironment``."""

from vectorstores_raw.models import ComputerEnvironment

__all__ = [
    "ComputerEnvironment",
]
