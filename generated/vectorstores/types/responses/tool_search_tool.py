# Generated from openapi.yaml by make generate; do not edit.
"""``ToolSearchTool`` and the types its fields name."""

from vectorstores_raw.models import ToolSearchExecutionType, ToolSearchTool, ToolSearchToolType

__all__ = [
    "ToolSearchExecutionType",
    "ToolSearchTool",
    "ToolSearchToolType",
]
