# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseRefusalDeltaEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseRefusalDeltaEventType = Literal["response.refusal.delta"]
"""The type of the event. Always `response.refusal.delta`."""

RESPONSE_REFUSAL_DELTA_EVENT_TYPE_VALUES: frozenset[str] = frozenset(["response.refusal.delta"])


def check_response_refusal_delta_event_type(value: str) -> ResponseRefusalDeltaEventType:
    """Return ``value`` typed as ResponseRefusalDeltaEventType; an unlisted value passes through."""
    return cast(ResponseRefusalDeltaEventType, value)
