# Generated from openapi.yaml by make generate; do not edit.
"""``FilePathType``."""

from vectorstores_raw.models import FilePathType

__all__ = [
    "FilePathType",
]
