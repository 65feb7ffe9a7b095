# Generated from openapi.yaml by make generate; do not edit.
"""``LocalShellTool`` and the types its fields name."""

from vectorstores_raw.models import LocalShellTool, LocalShellToolType

__all__ = [
    "LocalShellTool",
    "LocalShellToolType",
]
