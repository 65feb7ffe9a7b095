# Generated from openapi.yaml by make generate; do not edit.
"""``ProgramOutputType``."""

from vectorstores_raw.models import ProgramOutputType

__all__ = [
    "ProgramOutputType",
]
