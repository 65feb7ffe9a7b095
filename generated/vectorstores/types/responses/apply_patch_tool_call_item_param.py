# Generated from openapi.yaml by make generate; do not edit.
"""``ApplyPatchToolCallItemParam`` and the types its fields name."""

from vectorstores_raw.models import (
    ApplyPatchCallStatusParam,
    ApplyPatchCreateFileOperationParam,
    ApplyPatchToolCallItemParam,
    ApplyPatchToolCallItemParamType,
    DirectToolCallCallerParam,
)

__all__ = [
    "ApplyPatchCallStatusParam",
    "ApplyPatchCreateFileOperationParam",
    "ApplyPatchToolCallItemParam",
    "ApplyPatchToolCallItemParamType",
    "DirectToolCallCallerParam",
]
