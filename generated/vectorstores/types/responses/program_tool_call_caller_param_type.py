# Generated from openapi.yaml by make generate; do not edit.
"""``ProgramToolCallCallerParamType``."""

from vectorstores_raw.models import ProgramToolCallCallerParamType

__all__ = [
    "ProgramToolCallCallerParamType",
]
