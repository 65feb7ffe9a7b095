# Generated from openapi.yaml by make generate; do not edit.
"""``ToolChoiceMcp`` and the types its fields name."""

from vectorstores_raw.models import ToolChoiceMcp, ToolChoiceMcpType

__all__ = [
    "ToolChoiceMcp",
    "ToolChoiceMcpType",
]
