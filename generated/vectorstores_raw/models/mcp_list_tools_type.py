# Generated from openapi.yaml by make generate; do not edit.
"""The ``MCPListToolsType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
MCPListToolsType = Literal["mcp_list_tools"]
"""The type of the item. Always `mcp_list_tools`."""

MCP_LIST_TOOLS_TYPE_VALUES: frozenset[str] = frozenset(["mcp_list_tools"])


def check_mcp_list_tools_type(value: str) -> MCPListToolsType:
    """Return ``value`` typed as MCPListToolsType; an unlisted value passes through."""
    return cast(MCPListToolsType, value)
