# Generated from openapi.yaml by make generate; do not edit.
"""``ApplyPatchCreateFileOperationType``."""

from vectorstores_raw.models import ApplyPatchCreateFileOperationType

__all__ = [
    "ApplyPatchCreateFileOperationType",
]
