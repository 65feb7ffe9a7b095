# Generated from openapi.yaml by make generate; do not edit.
"""``ApplyPatchToolCallOutputItemParamType``."""

from vectorstores_raw.models import ApplyPatchToolCallOutputItemParamType

__all__ = [
    "ApplyPatchToolCallOutputItemParamType",
]
