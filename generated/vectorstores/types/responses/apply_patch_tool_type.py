# Generated from openapi.yaml by make generate; do not edit.
"""``ApplyPatchToolType``."""

from vectorstores_raw.models import ApplyPatchToolType

__all__ = [
    "ApplyPatchToolType",
]
