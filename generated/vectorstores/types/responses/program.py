# Generated from openapi.yaml by make generate; do not edit.
"""``Program`` and the types its fields name."""

from vectorstores_raw.models import Program, ProgramType

__all__ = [
    "Program",
    "ProgramType",
]
