# Generated from openapi.yaml by make generate; do not edit.
"""The ``ToolChoiceMcpType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ToolChoiceMcpType = Literal["mcp"]
"""For MCP tools, the type is always `mcp`."""

TOOL_CHOICE_MCP_TYPE_VALUES: frozenset[str] = frozenset(["mcp"])


def check_tool_choice_mcp_type(value: str) -> ToolChoiceMcpType:
    """Return ``value`` typed as ToolChoiceMcpType; an unlisted value passes through."""
    return cast(ToolChoiceMcpType, value)
