# Generated from openapi.yaml by make generate; do not edit.
"""``ToolChoiceAllowedType``."""

from vectorstores_raw.models import ToolChoiceAllowedType

__all__ = [
    "ToolChoiceAllowedType",
]
