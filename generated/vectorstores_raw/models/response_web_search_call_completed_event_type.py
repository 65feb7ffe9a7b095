# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseWebSearchCallCompletedEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseWebSearchCallCompletedEventType = Literal["response.web_search_call.completed"]
"""The type of the event. Always `response.web_search_call.completed`."""

RESPONSE_WEB_SEARCH_CALL_COMPLETED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(["response.web_search_call.completed"])


def check_response_web_search_call_completed_event_type(value: str) -> ResponseWebSearchCallCompletedEventType:
    """Return ``value`` typed as ResponseWebSearchCallCompletedEventType; an unlisted value passes through."""
    return cast(ResponseWebSearchCallCompletedEventType, value)
