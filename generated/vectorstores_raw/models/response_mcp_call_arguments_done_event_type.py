# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseMCPCallArgumentsDoneEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseMCPCallArgumentsDoneEventType = Literal["response.mcp_call_arguments.done"]
"""The type of the event. Always 'response.mcp_call_arguments.done'."""

RESPONSE_MCP_CALL_ARGUMENTS_DONE_EVENT_TYPE_VALUES: frozenset[str] = frozenset(["response.mcp_call_arguments.done"])


def check_response_mcp_call_arguments_done_event_type(value: str) -> ResponseMCPCallArgumentsDoneEventType:
    """Return ``value`` typed as ResponseMCPCallArgumentsDoneEventType; an unlisted value passes through."""
    return cast(ResponseMCPCallArgumentsDoneEventType, value)
