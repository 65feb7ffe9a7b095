# Generated from openapi.yaml by make generate; do not edit.
"""``ProgrammaticToolCallingParam`` and the types its fields name."""

from vectorstores_raw.models import ProgrammaticToolCallingParam, ProgrammaticToolCallingParamType

__all__ = [
    "ProgrammaticToolCallingParam",
    "ProgrammaticToolCallingParamType",
]
