# Generated from openapi.yaml by make generate; do not edit.
"""``FileDeletedObject``."""

from vectorstores_raw.models import FileDeletedObject

__all__ = [
    "FileDeletedObject",
]
