# Generated from openapi.yaml by make generate; do not edit.
"""``ApplyPatchToolCallType``."""

from vectorstores_raw.models import ApplyPatchToolCallType

__all__ = [
    "ApplyPatchToolCallType",
]
