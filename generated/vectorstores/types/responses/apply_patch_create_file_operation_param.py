# Generated from openapi.yaml by make generate; do not edit.
"""``ApplyPatchCreateFileOperationParam`` and the types its fields name."""

from vectorstores_raw.models import ApplyPatchCreateFileOperationParam, ApplyPatchCreateFileOperationParamType

__all__ = [
    "ApplyPatchCreateFileOperationParam",
    "ApplyPatchCreateFileOperationParamType",
]
