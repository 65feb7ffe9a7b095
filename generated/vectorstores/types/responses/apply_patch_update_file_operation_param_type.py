# Generated from openapi.yaml by make generate; do not edit.
"""``ApplyPatchUpdateFileOperationParamType``."""

from vectorstores_raw.models import ApplyPatchUpdateFileOperationParamType

__all__ = [
    "ApplyPatchUpdateFileOperationParamType",
]
