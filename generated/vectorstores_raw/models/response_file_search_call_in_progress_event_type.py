# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseFileSearchCallInProgressEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseFileSearchCallInProgressEventType = Literal["response.file_search_call.in_progress"]
"""The type of the event. Always `response.file_search_call.in_progress`."""

RESPONSE_FILE_SEARCH_CALL_IN_PROGRESS_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    ["response.file_search_call.in_progress"]
)


def check_response_file_search_call_in_progress_event_type(value: str) -> ResponseFileSearchCallInProgressEventType:
    """Return ``value`` typed as ResponseFileSearchCallInProgressEventType; an unlisted value passes through."""
    return cast(ResponseFileSearchCallInProgressEventType, value)
