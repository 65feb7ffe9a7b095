# Generated from openapi.yaml by make generate; do not edit.
"""``ProgramToolCallCallerType``."""

from vectorstores_raw.models import ProgramToolCallCallerType

__all__ = [
    "ProgramToolCallCallerType",
]
