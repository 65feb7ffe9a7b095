# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseRefusalDoneEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseRefusalDoneEventType = Literal["response.refusal.done"]
"""The type of the event. Always `response.refusal.done`."""

RESPONSE_REFUSAL_DONE_EVENT_TYPE_VALUES: frozenset[str] = frozenset(["response.refusal.done"])


def check_response_refusal_done_event_type(value: str) -> ResponseRefusalDoneEventType:
    """Return ``value`` typed as ResponseRefusalDoneEventType; an unlisted value passes through."""
    return cast(ResponseRefusalDoneEventType, value)
