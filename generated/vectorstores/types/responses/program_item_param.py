# Generated from openapi.yaml by make generate; do not edit.
"""``ProgramItemParam`` and the types its fields name."""

from vectorstores_raw.models import ProgramItemParam, ProgramItemParamType

__all__ = [
    "ProgramItemParam",
    "ProgramItemParamType",
]
