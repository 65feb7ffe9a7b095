# Generated from openapi.yaml by make generate; do not edit.
"""The ``MCPToolCallStatus`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
MCPToolCallStatus = Literal["calling", "completed", "failed", "in_progress", "incomplete"]

MCP_TOOL_CALL_STATUS_VALUES: frozenset[str] = frozenset(["calling", "completed", "failed", "in_progress", "incomplete"])


def check_mcp_tool_call_status(value: str) -> MCPToolCallStatus:
    """Return ``value`` typed as MCPToolCallStatus; an unlisted value passes through."""
    return cast(MCPToolCallStatus, value)
