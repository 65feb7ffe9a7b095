# Generated from openapi.yaml by make generate; do not edit.
"""The ``MCPToolCallType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
MCPToolCallType = Literal["mcp_call"]
"""The type of the item. Always `mcp_call`."""

MCP_TOOL_CALL_TYPE_VALUES: frozenset[str] = frozenset(["mcp_call"])


def check_mcp_tool_call_type(value: str) -> MCPToolCallType:
    """Return ``value`` typed as MCPToolCallType; an unlisted value passes through."""
    return cast(MCPToolCallType, value)
