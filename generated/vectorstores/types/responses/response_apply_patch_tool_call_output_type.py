# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseApplyPatchToolCallOutputType``."""

from vectorstores_raw.models import ResponseApplyPatchToolCallOutputType

__all__ = [
    "ResponseApplyPatchToolCallOutputType",
]
