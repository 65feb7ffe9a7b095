# Generated from openapi.yaml by make generate; do not edit.
"""``FileDetailEnum``."""

from vectorstores_raw.models import FileDetailEnum

__all__ = [
    "FileDetailEnum",
]
