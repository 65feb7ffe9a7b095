# Generated from openapi.yaml by make generate; do not edit.
"""``SpecificProgrammaticToolCallingParamType``."""

from vectorstores_raw.models import SpecificProgrammaticToolCallingParamType

__all__ = [
    "SpecificProgrammaticToolCallingParamType",
]
