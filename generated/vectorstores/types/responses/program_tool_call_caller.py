# Generated from openapi.yaml by make generate; do not edit.
"""``ProgramToolCallCaller`` and the types its fields name."""

from vectorstores_raw.models import ProgramToolCallCaller, ProgramToolCallCallerType

__all__ = [
    "ProgramToolCallCaller",
    "ProgramToolCallCallerType",
]
