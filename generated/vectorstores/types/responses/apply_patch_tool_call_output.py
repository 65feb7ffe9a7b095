# Generated from openapi.yaml by make generate; do not edit.
"""``ApplyPatchToolCallOutput`` and the types its fields name."""

from vectorstores_raw.models import (
    ApplyPatchCallOutputStatus,
    ApplyPatchToolCallOutput,
    ApplyPatchToolCallOutputType,
    DirectToolCallCaller,
)

__all__ = [
    "ApplyPatchCallOutputStatus",
    "ApplyPatchToolCallOutput",
    "ApplyPatchToolCallOutputType",
    "DirectToolCallCaller",
]
