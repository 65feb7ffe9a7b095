# Generated from openapi.yaml by make generate; do not edit.
"""``FileObjectPurpose``."""

from vectorstores_raw.models import FileObjectPurpose

__all__ = [
    "FileObjectPurpose",
]
