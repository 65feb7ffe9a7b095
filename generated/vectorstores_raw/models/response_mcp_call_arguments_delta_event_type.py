# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseMCPCallArgumentsDeltaEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseMCPCallArgumentsDeltaEventType = Literal["response.mcp_call_arguments.delta"]
"""The type of the event. Always 'response.mcp_call_arguments.delta'."""

RESPONSE_MCP_CALL_ARGUMENTS_DELTA_EVENT_TYPE_VALUES: frozenset[str] = frozenset(["response.mcp_call_arguments.delta"])


def check_response_mcp_call_arguments_delta_event_type(value: str) -> ResponseMCPCallArgumentsDeltaEventType:
    """Return ``value`` typed as ResponseMCPCallArgumentsDeltaEventType; an unlisted value passes through."""
    return cast(ResponseMCPCallArgumentsDeltaEventType, value)
