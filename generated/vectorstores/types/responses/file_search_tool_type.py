# Generated from openapi.yaml by make generate; do not edit.
"""``FileSearchToolType``."""

from vectorstores_raw.models import FileSearchToolType

__all__ = [
    "FileSearchToolType",
]
