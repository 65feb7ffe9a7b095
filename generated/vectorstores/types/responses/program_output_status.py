# Generated from openapi.yaml by make generate; do not edit.
"""``ProgramOutputStatus``."""

from vectorstores_raw.models import ProgramOutputStatus

__all__ = [
    "ProgramOutputStatus",
]
