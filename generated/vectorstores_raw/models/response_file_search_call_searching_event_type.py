# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseFileSearchCallSearchingEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseFileSearchCallSearchingEventType = Literal["response.file_search_call.searching"]
"""The type of the event. Always `response.file_search_call.searching`."""

RESPONSE_FILE_SEARCH_CALL_SEARCHING_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    ["response.file_search_call.searching"]
)


def check_response_file_search_call_searching_event_type(value: str) -> ResponseFileSearchCallSearchingEventType:
    """Return ``value`` typed as ResponseFileSearchCallSearchingEventType; an unlisted value passes through."""
    return cast(ResponseFileSearchCallSearchingEventType, value)
