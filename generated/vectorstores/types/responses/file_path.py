# Generated from openapi.yaml by make generate; do not edit.
"""``FilePath`` and the types its fields name."""

from vectorstores_raw.models import FilePath, FilePathType

__all__ = [
    "FilePath",
    "FilePathType",
]
