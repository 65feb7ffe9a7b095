# Generated from openapi.yaml by make generate; do not edit.
"""``ProgramOutputItemParamType``."""

from vectorstores_raw.models import ProgramOutputItemParamType

__all__ = [
    "ProgramOutputItemParamType",
]
