# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseMCPCallCompletedEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseMCPCallCompletedEventType = Literal["response.mcp_call.completed"]
"""The type of the event. Always 'response.mcp_call.completed'."""

RESPONSE_MCP_CALL_COMPLETED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(["response.mcp_call.completed"])


def check_response_mcp_call_completed_event_type(value: str) -> ResponseMCPCallCompletedEventType:
    """Return ``value`` typed as ResponseMCPCallCompletedEventType; an unlisted value passes through."""
    return cast(ResponseMCPCallCompletedEventType, value)
