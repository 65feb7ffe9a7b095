# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseMCPCallFailedEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseMCPCallFailedEventType = Literal["response.mcp_call.failed"]
"""The type of the event. Always 'response.mcp_call.failed'."""

RESPONSE_MCP_CALL_FAILED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(["response.mcp_call.failed"])


def check_response_mcp_call_failed_event_type(value: str) -> ResponseMCPCallFailedEventType:
    """Return ``value`` typed as ResponseMCPCallFailedEventType; an unlisted value passes through."""
    return cast(ResponseMCPCallFailedEventType, value)
