# Generated from openapi.yaml by make generate; do not edit.
"""The ``MCPToolMCPToolApprovalSetting`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
MCPToolMCPToolApprovalSetting = Literal["always", "never"]
"""Specify a single approval policy for all tools. One of `always` or `never`. When set to `always`, all tools will
require approval. When set to `never`, all tools will not require approval.
"""

MCP_TOOL_MCP_TOOL_APPROVAL_SETTING_VALUES: frozenset[str] = frozenset(["always", "never"])


def check_mcp_tool_mcp_tool_approval_setting(value: str) -> MCPToolMCPToolApprovalSetting:
    """Return ``value`` typed as MCPToolMCPToolApprovalSetting; an unlisted value passes through."""
    return cast(MCPToolMCPToolApprovalSetting, value)
