# Generated from openapi.yaml by make generate; do not edit.
"""``ApplyPatchToolCallItemParamType``."""

from vectorstores_raw.models import ApplyPatchToolCallItemParamType

__all__ = [
    "ApplyPatchToolCallItemParamType",
]
