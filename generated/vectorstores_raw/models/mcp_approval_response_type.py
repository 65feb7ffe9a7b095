# Generated from openapi.yaml by make generate; do not edit.
"""The ``MCPApprovalResponseType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
MCPApprovalResponseType = Literal["mcp_approval_response"]
"""The type of the item. Always `mcp_approval_response`."""

MCP_APPROVAL_RESPONSE_TYPE_VALUES: frozenset[str] = frozenset(["mcp_approval_response"])


def check_mcp_approval_response_type(value: str) -> MCPApprovalResponseType:
    """Return ``value`` typed as MCPApprovalResponseType; an unlisted value passes through."""
    return cast(MCPApprovalResponseType, value)
