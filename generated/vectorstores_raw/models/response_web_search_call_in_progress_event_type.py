# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseWebSearchCallInProgressEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseWebSearchCallInProgressEventType = Literal["response.web_search_call.in_progress"]
"""The type of the event. Always `response.web_search_call.in_progress`."""

RESPONSE_WEB_SEARCH_CALL_IN_PROGRESS_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    ["response.web_search_call.in_progress"]
)


def check_response_web_search_call_in_progress_event_type(value: str) -> ResponseWebSearchCallInProgressEventType:
    """Return ``value`` typed as ResponseWebSearchCallInProgressEventType; an unlisted value passes through."""
    return cast(ResponseWebSearchCallInProgressEventType, value)
