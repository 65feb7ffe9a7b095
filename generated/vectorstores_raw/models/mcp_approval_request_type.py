# Generated from openapi.yaml by make generate; do not edit.
"""The ``MCPApprovalRequestType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
MCPApprovalRequestType = Literal["mcp_approval_request"]
"""The type of the item. Always `mcp_approval_request`."""

MCP_APPROVAL_REQUEST_TYPE_VALUES: frozenset[str] = frozenset(["mcp_approval_request"])


def check_mcp_approval_request_type(value: str) -> MCPApprovalRequestType:
    """Return ``value`` typed as MCPApprovalRequestType; an unlisted value passes through."""
    return cast(MCPApprovalRequestType, value)
