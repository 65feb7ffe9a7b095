# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseFailedEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseFailedEventType = Literal["response.failed"]
"""The type of the event. Always `response.failed`."""

RESPONSE_FAILED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(["response.failed"])


def check_response_failed_event_type(value: str) -> ResponseFailedEventType:
    """Return ``value`` typed as ResponseFailedEventType; an unlisted value passes through."""
    return cast(ResponseFailedEventType, value)
