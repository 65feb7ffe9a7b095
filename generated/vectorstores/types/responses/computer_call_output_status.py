# Generated from openapi.yaml by make generate; do not edit.
"""``ComputerCallOutputStatus``."""

from vectorstores_raw.models import ComputerCallOutputStatus

__all__ = [
    "ComputerCallOutputStatus",
]
