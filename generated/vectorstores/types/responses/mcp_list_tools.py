# Generated from openapi.yaml by make generate; do not edit.
"""``MCPListTools`` and the types its fields name."""

from vectorstores_raw.models import MCPListTools, MCPListToolsTool, MCPListToolsType

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Tool = MCPListToolsTool

__all__ = [
    "MCPListTools",
    "MCPListToolsTool",
    "MCPListToolsType",
    "Tool",
]
