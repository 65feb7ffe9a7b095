# Generated from openapi.yaml by make generate; do not edit.
"""``ApplyPatchUpdateFileOperationParam`` and the types its fields name."""

from vectorstores_raw.models import ApplyPatchUpdateFileOperationParam, ApplyPatchUpdateFileOperationParamType

__all__ = [
    "ApplyPatchUpdateFileOperationParam",
    "ApplyPatchUpdateFileOperationParamType",
]
