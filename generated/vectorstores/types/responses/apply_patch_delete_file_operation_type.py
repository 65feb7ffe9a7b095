# Generated from openapi.yaml by make generate; do not edit.
"""``ApplyPatchDeleteFileOperationType``."""

from vectorstores_raw.models import ApplyPatchDeleteFileOperationType

__all__ = [
    "ApplyPatchDeleteFileOperationType",
]
