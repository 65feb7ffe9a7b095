# Generated from openapi.yaml by make generate; do not edit.
"""``ApplyPatchToolCall`` and the types its fields name."""

from vectorstores_raw.models import (
    ApplyPatchCallStatus,
    ApplyPatchCreateFileOperation,
    ApplyPatchToolCall,
    ApplyPatchToolCallType,
    DirectToolCallCaller,
)

__all__ = [
    "ApplyPatchCallStatus",
    "ApplyPatchCreateFileOperation",
    "ApplyPatchToolCall",
    "ApplyPatchToolCallType",
    "DirectToolCallCaller",
]
