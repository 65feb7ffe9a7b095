# Generated from openapi.yaml by make generate; do not edit.
"""``MCPToolMCPToolApprovalFilter`` and the types its fields name."""

from vectorstores_raw.models import MCPToolFilter, MCPToolMCPToolApprovalFilter

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Always = MCPToolFilter
Never = MCPToolFilter

__all__ = [
    "Always",
    "MCPToolFilter",
    "MCPToolMCPToolApprovalFilter",
    "Never",
]
