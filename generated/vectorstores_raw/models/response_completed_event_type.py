# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseCompletedEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseCompletedEventType = Literal["response.completed"]
"""The type of the event. Always `response.completed`."""

RESPONSE_COMPLETED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(["response.completed"])


def check_response_completed_event_type(value: str) -> ResponseCompletedEventType:
    """Return ``value`` typed as ResponseCompletedEventType; an unlisted value passes through."""
    return cast(ResponseCompletedEventType, value)
