# Generated from openapi.yaml by make generate; do not edit.
"""``ToolCallCaller``."""

from vectorstores_raw.models import ToolCallCaller

__all__ = [
    "ToolCallCaller",
]
