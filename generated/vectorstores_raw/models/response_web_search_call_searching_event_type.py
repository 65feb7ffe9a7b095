# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseWebSearchCallSearchingEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseWebSearchCallSearchingEventType = Literal["response.web_search_call.searching"]
"""The type of the event. Always `response.web_search_call.searching`."""

RESPONSE_WEB_SEARCH_CALL_SEARCHING_EVENT_TYPE_VALUES: frozenset[str] = frozenset(["response.web_search_call.searching"])


def check_response_web_search_call_searching_event_type(value: str) -> ResponseWebSearchCallSearchingEventType:
    """Return ``value`` typed as ResponseWebSearchCallSearchingEventType; an unlisted value passes through."""
    return cast(ResponseWebSearchCallSearchingEventType, value)
