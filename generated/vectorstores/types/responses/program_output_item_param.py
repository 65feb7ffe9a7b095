# Generated from openapi.yaml by make generate; do not edit.
"""``ProgramOutputItemParam`` and the types its fields name."""

from vectorstores_raw.models import ProgramOutputItemParam, ProgramOutputItemParamType, ProgramOutputItemStatus

__all__ = [
    "ProgramOutputItemParam",
    "ProgramOutputItemParamType",
    "ProgramOutputItemStatus",
]
