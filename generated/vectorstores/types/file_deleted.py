# Generated from openapi.yaml by make generate; do not edit.
"""``FileDeleted`` and the types its fields name."""

from vectorstores_raw.models import FileDeleted, FileDeletedObject

__all__ = [
    "FileDeleted",
    "FileDeletedObject",
]
