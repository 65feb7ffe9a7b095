# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseMCPCallInProgressEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseMCPCallInProgressEventType = Literal["response.mcp_call.in_progress"]
"""The type of the event. Always 'response.mcp_call.in_progress'."""

RESPONSE_MCP_CALL_IN_PROGRESS_EVENT_TYPE_VALUES: frozenset[str] = frozenset(["response.mcp_call.in_progress"])


def check_response_mcp_call_in_progress_event_type(value: str) -> ResponseMCPCallInProgressEventType:
    """Return ``value`` typed as ResponseMCPCallInProgressEventType; an unlisted value passes through."""
    return cast(ResponseMCPCallInProgressEventType, value)
