# Generated from openapi.yaml by make generate; do not edit.
"""``ToolChoiceFunction`` and the types its fields name."""

from vectorstores_raw.models import ToolChoiceFunction, ToolChoiceFunctionType

__all__ = [
    "ToolChoiceFunction",
    "ToolChoiceFunctionType",
]
