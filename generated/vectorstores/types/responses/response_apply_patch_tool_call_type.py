# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseApplyPatchToolCallType``."""

from vectorstores_raw.models import ResponseApplyPatchToolCallType

__all__ = [
    "ResponseApplyPatchToolCallType",
]
