# Generated from openapi.yaml by make generate; do not edit.
"""``ToolChoiceMode``."""

from vectorstores_raw.models import ToolChoiceMode

__all__ = [
    "ToolChoiceMode",
]
