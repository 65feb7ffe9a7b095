# Generated from openapi.yaml by make generate; do not edit.
"""``ToolChoiceShellType``."""

from vectorstores_raw.models import ToolChoiceShellType

__all__ = [
    "ToolChoiceShellType",
]
