# Generated from openapi.yaml by make generate; do not edit.
"""``ProgramToolCallCallerParam`` and the types its fields name."""

from vectorstores_raw.models import ProgramToolCallCallerParam, ProgramToolCallCallerParamType

__all__ = [
    "ProgramToolCallCallerParam",
    "ProgramToolCallCallerParamType",
]
