# Generated from openapi.yaml by make generate; do not edit.
"""``ToolChoiceFunctionType``."""

from vectorstores_raw.models import ToolChoiceFunctionType

__all__ = [
    "ToolChoiceFunctionType",
]
