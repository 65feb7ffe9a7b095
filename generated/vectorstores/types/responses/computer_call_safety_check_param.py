# Generated from openapi.yaml by make generate; do not edit.
"""``ComputerCallSafetyCheckParam``."""

from vectorstores_raw.models import ComputerCallSafetyCheckParam

__all__ = [
    "ComputerCallSafetyCheckParam",
]
