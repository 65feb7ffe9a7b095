# Generated from openapi.yaml by make generate; do not edit.
"""``FileObjectObject``."""

from vectorstores_raw.models import FileObjectObject

__all__ = [
    "FileObjectObject",
]
