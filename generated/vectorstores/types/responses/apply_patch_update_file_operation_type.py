# Generated from openapi.yaml by make generate; do not edit.
"""``ApplyPatchUpdateFileOperationType``."""

from vectorstores_raw.models import ApplyPatchUpdateFileOperationType

__all__ = [
    "ApplyPatchUpdateFileOperationType",
]
