# Generated from openapi.yaml by make generate; do not edit.
"""The ``MCPToolType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
MCPToolType = Literal["mcp"]
"""The type of the MCP tool. Always `mcp`."""

MCP_TOOL_TYPE_VALUES: frozenset[str] = frozenset(["mcp"])


def check_mcp_tool_type(value: str) -> MCPToolType:
    """Return ``value`` typed as MCPToolType; an unlisted value passes through."""
    return cast(MCPToolType, value)
