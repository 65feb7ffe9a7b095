# Generated from openapi.yaml by make generate; do not edit.
"""``ProgramType``."""

from vectorstores_raw.models import ProgramType

__all__ = [
    "ProgramType",
]
