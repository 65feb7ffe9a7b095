# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseInProgressEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseInProgressEventType = Literal["response.in_progress"]
"""The type of the event. Always `response.in_progress`."""

RESPONSE_IN_PROGRESS_EVENT_TYPE_VALUES: frozenset[str] = frozenset(["response.in_progress"])


def check_response_in_progress_event_type(value: str) -> ResponseInProgressEventType:
    """Return ``value`` typed as ResponseInProgressEventType; an unlisted value passes through."""
    return cast(ResponseInProgressEventType, value)
