# Generated from openapi.yaml by make generate; do not edit.
"""``ApplyPatchDeleteFileOperationParamType``."""

from vectorstores_raw.models import ApplyPatchDeleteFileOperationParamType

__all__ = [
    "ApplyPatchDeleteFileOperationParamType",
]
