# Generated from openapi.yaml by make generate; do not edit.
"""``ProgramOutput`` and the types its fields name."""

from vectorstores_raw.models import ProgramOutput, ProgramOutputStatus, ProgramOutputType

__all__ = [
    "ProgramOutput",
    "ProgramOutputStatus",
    "ProgramOutputType",
]
