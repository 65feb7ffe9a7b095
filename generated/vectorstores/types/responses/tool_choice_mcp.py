# Generated from openapi.yaml by make generate; do not edit.
"""``ToolChoiceMCP`` and the types its fields name."""

from vectorstores_raw.models import ToolChoiceMCP, ToolChoiceMCPType

__all__ = [
    "ToolChoiceMCP",
    "ToolChoiceMCPType",
]
