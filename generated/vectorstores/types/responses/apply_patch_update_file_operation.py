# Generated from openapi.yaml by make generate; do not edit.
"""``ApplyPatchUpdateFileOperation`` and the types its fields name."""

from vectorstores_raw.models import ApplyPatchUpdateFileOperation, ApplyPatchUpdateFileOperationType

__all__ = [
    "ApplyPatchUpdateFileOperation",
    "ApplyPatchUpdateFileOperationType",
]
