# Generated from openapi.yaml by make generate; do not edit.
"""``ApplyPatchToolCallOutputItemParam`` and the types its fields name."""

from vectorstores_raw.models import (
    ApplyPatchCallOutputStatusParam,
    ApplyPatchToolCallOutputItemParam,
    ApplyPatchToolCallOutputItemParamType,
    DirectToolCallCallerParam,
)

__all__ = [
    "ApplyPatchCallOutputStatusParam",
    "ApplyPatchToolCallOutputItemParam",
    "ApplyPatchToolCallOutputItemParamType",
    "DirectToolCallCallerParam",
]
