# Generated from openapi.yaml by make generate; do not edit.
"""``ToolChoiceCustomType``."""

from vectorstores_raw.models import ToolChoiceCustomType

__all__ = [
    "ToolChoiceCustomType",
]
