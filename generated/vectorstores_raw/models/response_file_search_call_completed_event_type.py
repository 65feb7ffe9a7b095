# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseFileSearchCallCompletedEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseFileSearchCallCompletedEventType = Literal["response.file_search_call.completed"]
"""The type of the event. Always `response.file_search_call.completed`."""

RESPONSE_FILE_SEARCH_CALL_COMPLETED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    ["response.file_search_call.completed"]
)


def check_response_file_search_call_completed_event_type(value: str) -> ResponseFileSearchCallCompletedEventType:
    """Return ``value`` typed as ResponseFileSearchCallCompletedEventType; an unlisted value passes through."""
    return cast(ResponseFileSearchCallCompletedEventType, value)
