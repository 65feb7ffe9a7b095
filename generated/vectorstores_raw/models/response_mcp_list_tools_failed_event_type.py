# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseMCPListToolsFailedEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseMCPListToolsFailedEventType = Literal["response.mcp_list_tools.failed"]
"""The type of the event. Always 'response.mcp_list_tools.failed'."""

RESPONSE_MCP_LIST_TOOLS_FAILED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(["response.mcp_list_tools.failed"])


def check_response_mcp_list_tools_failed_event_type(value: str) -> ResponseMCPListToolsFailedEventType:
    """Return ``value`` typed as ResponseMCPListToolsFailedEventType; an unlisted value passes through."""
    return cast(ResponseMCPListToolsFailedEventType, value)
