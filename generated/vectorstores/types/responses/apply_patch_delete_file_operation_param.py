# Generated from openapi.yaml by make generate; do not edit.
"""``ApplyPatchDeleteFileOperationParam`` and the types its fields name."""

from vectorstores_raw.models import ApplyPatchDeleteFileOperationParam, ApplyPatchDeleteFileOperationParamType

__all__ = [
    "ApplyPatchDeleteFileOperationParam",
    "ApplyPatchDeleteFileOperationParamType",
]
