# Generated from openapi.yaml by make generate; do not edit.
"""``ComputerCallOutputItemParamType``."""

from vectorstores_raw.models import ComputerCallOutputItemParamType

__all__ = [
    "ComputerCallOutputItemParamType",
]
