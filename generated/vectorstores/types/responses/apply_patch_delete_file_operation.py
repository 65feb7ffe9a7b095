# Generated from openapi.yaml by make generate; do not edit.
"""``ApplyPatchDeleteFileOperation`` and the types its fields name."""

from vectorstores_raw.models import ApplyPatchDeleteFileOperation, ApplyPatchDeleteFileOperationType

__all__ = [
    "ApplyPatchDeleteFileOperation",
    "ApplyPatchDeleteFileOperationType",
]
