# Generated from openapi.yaml by make generate; do not edit.
"""``ToolChoiceShell`` and the types its fields name."""

from vectorstores_raw.models import ToolChoiceShell, ToolChoiceShellType

__all__ = [
    "ToolChoiceShell",
    "ToolChoiceShellType",
]
