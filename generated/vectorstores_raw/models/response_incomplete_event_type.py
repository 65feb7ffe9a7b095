# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseIncompleteEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseIncompleteEventType = Literal["response.incomplete"]
"""The type of the event. Always `response.incomplete`."""

RESPONSE_INCOMPLETE_EVENT_TYPE_VALUES: frozenset[str] = frozenset(["response.incomplete"])


def check_response_incomplete_event_type(value: str) -> ResponseIncompleteEventType:
    """Return ``value`` typed as ResponseIncompleteEventType; an unlisted value passes through."""
    return cast(ResponseIncompleteEventType, value)
