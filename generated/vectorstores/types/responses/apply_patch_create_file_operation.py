# Generated from openapi.yaml by make generate; do not edit.
"""``ApplyPatchCreateFileOperation`` and the types its fields name."""

from vectorstores_raw.models import ApplyPatchCreateFileOperation, ApplyPatchCreateFileOperationType

__all__ = [
    "ApplyPatchCreateFileOperation",
    "ApplyPatchCreateFileOperationType",
]
