# Generated from openapi.yaml by make generate; do not edit.
"""``FileSearchType``."""

from vectorstores_raw.models import FileSearchType

__all__ = [
    "FileSearchType",
]
