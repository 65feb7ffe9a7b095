# Generated from openapi.yaml by make generate; do not edit.
"""``SpecificProgrammaticToolCallingParam`` and the types its fields name."""

from vectorstores_raw.models import SpecificProgrammaticToolCallingParam, SpecificProgrammaticToolCallingParamType

__all__ = [
    "SpecificProgrammaticToolCallingParam",
    "SpecificProgrammaticToolCallingParamType",
]
