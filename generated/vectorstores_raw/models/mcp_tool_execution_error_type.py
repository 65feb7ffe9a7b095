# Generated from openapi.yaml by make generate; do not edit.
"""The ``MCPToolExecutionErrorType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
MCPToolExecutionErrorType = Literal["mcp_tool_execution_error"]

MCP_TOOL_EXECUTION_ERROR_TYPE_VALUES: frozenset[str] = frozenset(["mcp_tool_execution_error"])


def check_mcp_tool_execution_error_type(value: str) -> MCPToolExecutionErrorType:
    """Return ``value`` typed as MCPToolExecutionErrorType; an unlisted value passes through."""
    return cast(MCPToolExecutionErrorType, value)
