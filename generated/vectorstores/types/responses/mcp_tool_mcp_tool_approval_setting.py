# Generated from openapi.yaml by make generate; do not edit.
"""``MCPToolMCPToolApprovalSetting``."""

from vectorstores_raw.models import MCPToolMCPToolApprovalSetting

__all__ = [
    "MCPToolMCPToolApprovalSetting",
]
