# Generated from openapi.yaml by make generate; do not edit.
"""``ToolChoiceTypesType``."""

from vectorstores_raw.models import ToolChoiceTypesType

__all__ = [
    "ToolChoiceTypesType",
]
