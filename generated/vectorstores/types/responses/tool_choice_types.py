# Generated from openapi.yaml by make generate; do not edit.
"""``ToolChoiceTypes`` and the types its fields name."""

from vectorstores_raw.models import ToolChoiceTypes, ToolChoiceTypesType

__all__ = [
    "ToolChoiceTypes",
    "ToolChoiceTypesType",
]
