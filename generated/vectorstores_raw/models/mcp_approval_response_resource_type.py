# Generated from openapi.yaml by make generate; do not edit.
"""The ``MCPApprovalResponseResourceType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
MCPApprovalResponseResourceType = Literal["mcp_approval_response"]
"""The type of the item. Always `mcp_approval_response`."""

MCP_APPROVAL_RESPONSE_RESOURCE_TYPE_VALUES: frozenset[str] = frozenset(["mcp_approval_response"])


def check_mcp_approval_response_resource_type(value: str) -> MCPApprovalResponseResourceType:
    """Return ``value`` typed as MCPApprovalResponseResourceType; an unlisted value passes through."""
    return cast(MCPApprovalResponseResourceType, value)
