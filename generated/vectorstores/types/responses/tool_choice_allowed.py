# Generated from openapi.yaml by make generate; do not edit.
"""``ToolChoiceAllowed`` and the types its fields name."""

from vectorstores_raw.models import ToolChoiceAllowed, ToolChoiceAllowedMode, ToolChoiceAllowedType

__all__ = [
    "ToolChoiceAllowed",
    "ToolChoiceAllowedMode",
    "ToolChoiceAllowedType",
]
