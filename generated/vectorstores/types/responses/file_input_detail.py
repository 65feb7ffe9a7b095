# Generated from openapi.yaml by make generate; do not edit.
"""``FileInputDetail``."""

from vectorstores_raw.models import FileInputDetail

__all__ = [
    "FileInputDetail",
]
