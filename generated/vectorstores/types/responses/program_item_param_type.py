# Generated from openapi.yaml by make generate; do not edit.
"""``ProgramItemParamType``."""

from vectorstores_raw.models import ProgramItemParamType

__all__ = [
    "ProgramItemParamType",
]
