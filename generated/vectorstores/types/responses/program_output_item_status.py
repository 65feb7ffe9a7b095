# Generated from openapi.yaml by make generate; do not edit.
"""``ProgramOutputItemStatus``."""

from vectorstores_raw.models import ProgramOutputItemStatus

__all__ = [
    "ProgramOutputItemStatus",
]
