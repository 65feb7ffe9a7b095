# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseErrorEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseErrorEventType = Literal["error"]
"""The type of the event. Always `error`."""

RESPONSE_ERROR_EVENT_TYPE_VALUES: frozenset[str] = frozenset(["error"])


def check_response_error_event_type(value: str) -> ResponseErrorEventType:
    """Return ``value`` typed as ResponseErrorEventType; an unlisted value passes through."""
    return cast(ResponseErrorEventType, value)
