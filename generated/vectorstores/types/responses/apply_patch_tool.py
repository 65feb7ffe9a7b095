# Generated from openapi.yaml by make generate; do not edit.
"""``ApplyPatchTool`` and the types its fields name."""

from vectorstores_raw.models import ApplyPatchTool, ApplyPatchToolType, CallableToolAllowedCaller

__all__ = [
    "ApplyPatchTool",
    "ApplyPatchToolType",
    "CallableToolAllowedCaller",
]
