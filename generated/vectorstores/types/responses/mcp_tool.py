# Generated from openapi.yaml by make generate; do not edit.
"""``MCPTool`` and the types its fields name."""

from vectorstores_raw.models import (
    CallableToolAllowedCaller,
    MCPTool,
    MCPToolConnectorId,
    MCPToolFilter,
    MCPToolMCPToolApprovalFilter,
    MCPToolType,
)

__all__ = [
    "CallableToolAllowedCaller",
    "MCPTool",
    "MCPToolConnectorId",
    "MCPToolFilter",
    "MCPToolMCPToolApprovalFilter",
    "MCPToolType",
]
