# Generated from openapi.yaml by make generate; do not edit.
"""``FileObjectStatus``."""

from vectorstores_raw.models import FileObjectStatus

__all__ = [
    "FileObjectStatus",
]
