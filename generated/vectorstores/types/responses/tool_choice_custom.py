# Generated from openapi.yaml by make generate; do not edit.
"""``ToolChoiceCustom`` and the types its fields name."""

from vectorstores_raw.models import ToolChoiceCustom, ToolChoiceCustomType

__all__ = [
    "ToolChoiceCustom",
    "ToolChoiceCustomType",
]
