# Generated from openapi.yaml by make generate; do not edit.
"""``FileObject`` and the types its fields name."""

from vectorstores_raw.models import FileObject, FileObjectObject, FileObjectPurpose, FileObjectStatus

__all__ = [
    "FileObject",
    "FileObjectObject",
    "FileObjectPurpose",
    "FileObjectStatus",
]
