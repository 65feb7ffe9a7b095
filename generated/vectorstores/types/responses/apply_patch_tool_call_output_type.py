# Generated from openapi.yaml by make generate; do not edit.
"""``ApplyPatchToolCallOutputType``."""

from vectorstores_raw.models import ApplyPatchToolCallOutputType

__all__ = [
    "ApplyPatchToolCallOutputType",
]
