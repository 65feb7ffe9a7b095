# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseReasoningTextDeltaEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseReasoningTextDeltaEventType = Literal["response.reasoning_text.delta"]
"""The type of the event. Always `response.reasoning_text.delta`."""

RESPONSE_REASONING_TEXT_DELTA_EVENT_TYPE_VALUES: frozenset[str] = frozenset(["response.reasoning_text.delta"])


def check_response_reasoning_text_delta_event_type(value: str) -> ResponseReasoningTextDeltaEventType:
    """Return ``value`` typed as ResponseReasoningTextDeltaEventType; an unlisted value passes through."""
    return cast(ResponseReasoningTextDeltaEventType, value)
