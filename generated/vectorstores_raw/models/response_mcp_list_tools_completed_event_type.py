# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseMCPListToolsCompletedEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseMCPListToolsCompletedEventType = Literal["response.mcp_list_tools.completed"]
"""The type of the event. Always 'response.mcp_list_tools.completed'."""

RESPONSE_MCP_LIST_TOOLS_COMPLETED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(["response.mcp_list_tools.completed"])


def check_response_mcp_list_tools_completed_event_type(value: str) -> ResponseMCPListToolsCompletedEventType:
    """Return ``value`` typed as ResponseMCPListToolsCompletedEventType; an unlisted value passes through."""
    return cast(ResponseMCPListToolsCompletedEventType, value)
