# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseContentPartAddedEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseContentPartAddedEventType = Literal["response.content_part.added"]
"""The type of the event. Always `response.content_part.added`."""

RESPONSE_CONTENT_PART_ADDED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(["response.content_part.added"])


def check_response_content_part_added_event_type(value: str) -> ResponseContentPartAddedEventType:
    """Return ``value`` typed as ResponseContentPartAddedEventType; an unlisted value passes through."""
    return cast(ResponseContentPartAddedEventType, value)
