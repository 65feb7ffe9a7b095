# Generated from openapi.yaml by make generate; do not edit.
"""The ``MCPProtocolErrorType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
MCPProtocolErrorType = Literal["mcp_protocol_error"]

MCP_PROTOCOL_ERROR_TYPE_VALUES: frozenset[str] = frozenset(["mcp_protocol_error"])


def check_mcp_protocol_error_type(value: str) -> MCPProtocolErrorType:
    """Return ``value`` typed as MCPProtocolErrorType; an unlisted value passes through."""
    return cast(MCPProtocolErrorType, value)
