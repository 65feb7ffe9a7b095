# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseApplyPatchToolCall`` and the types its fields name."""

from vectorstores_raw.models import (
    ApplyPatchCallStatus,
    ApplyPatchCreateFileOperation,
    DirectToolCallCaller,
    ResponseApplyPatchToolCall,
    ResponseApplyPatchToolCallType,
)

__all__ = [
    "ApplyPatchCallStatus",
    "ApplyPatchCreateFileOperation",
    "DirectToolCallCaller",
    "ResponseApplyPatchToolCall",
    "ResponseApplyPatchToolCallType",
]
