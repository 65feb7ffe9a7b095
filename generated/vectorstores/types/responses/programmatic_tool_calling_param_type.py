# Generated from openapi.yaml by make generate; do not edit.
"""``ProgrammaticToolCallingParamType``."""

from vectorstores_raw.models import ProgrammaticToolCallingParamType

__all__ = [
    "ProgrammaticToolCallingParamType",
]
