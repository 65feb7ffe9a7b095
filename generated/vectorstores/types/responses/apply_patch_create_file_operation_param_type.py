# Generated from openapi.yaml by make generate; do not edit.
"""``ApplyPatchCreateFileOperationParamType``."""

from vectorstores_raw.models import ApplyPatchCreateFileOperationParamType

__all__ = [
    "ApplyPatchCreateFileOperationParamType",
]
