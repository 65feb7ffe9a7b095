# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseCreatedEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseCreatedEventType = Literal["response.created"]
"""The type of the event. Always `response.created`."""

RESPONSE_CREATED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(["response.created"])


def check_response_created_event_type(value: str) -> ResponseCreatedEventType:
    """Return ``value`` typed as ResponseCreatedEventType; an unlisted value passes through."""
    return cast(ResponseCreatedEventType, value)
