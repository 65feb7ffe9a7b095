# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseQueuedEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseQueuedEventType = Literal["response.queued"]
"""The type of the event. Always 'response.queued'."""

RESPONSE_QUEUED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(["response.queued"])


def check_response_queued_event_type(value: str) -> ResponseQueuedEventType:
    """Return ``value`` typed as ResponseQueuedEventType; an unlisted value passes through."""
    return cast(ResponseQueuedEventType, value)
