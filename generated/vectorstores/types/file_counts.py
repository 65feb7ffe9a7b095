# Generated from openapi.yaml by make generate; do not edit.
"""``FileCounts``."""

from vectorstores_raw.models import FileCounts

__all__ = [
    "FileCounts",
]
