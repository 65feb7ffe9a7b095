# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseTextDeltaEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseTextDeltaEventType = Literal["response.output_text.delta"]
"""The type of the event. Always `response.output_text.delta`."""

RESPONSE_TEXT_DELTA_EVENT_TYPE_VALUES: frozenset[str] = frozenset(["response.output_text.delta"])


def check_response_text_delta_event_type(value: str) -> ResponseTextDeltaEventType:
    """Return ``value`` typed as ResponseTextDeltaEventType; an unlisted value passes through."""
    return cast(ResponseTextDeltaEventType, value)
