# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseApplyPatchToolCallOutput`` and the types its fields name."""

from vectorstores_raw.models import (
    ApplyPatchCallOutputStatus,
    DirectToolCallCaller,
    ResponseApplyPatchToolCallOutput,
    ResponseApplyPatchToolCallOutputType,
)

__all__ = [
    "ApplyPatchCallOutputStatus",
    "DirectToolCallCaller",
    "ResponseApplyPatchToolCallOutput",
    "ResponseApplyPatchToolCallOutputType",
]
