# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseMCPListToolsInProgressEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseMCPListToolsInProgressEventType = Literal["response.mcp_list_tools.in_progress"]
"""The type of the event. Always 'response.mcp_list_tools.in_progress'."""

RESPONSE_MCP_LIST_TOOLS_IN_PROGRESS_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    ["response.mcp_list_tools.in_progress"]
)


def check_response_mcp_list_tools_in_progress_event_type(value: str) -> ResponseMCPListToolsInProgressEventType:
    """Return ``value`` typed as ResponseMCPListToolsInProgressEventType; an unlisted value passes through."""
    return cast(ResponseMCPListToolsInProgressEventType, value)
