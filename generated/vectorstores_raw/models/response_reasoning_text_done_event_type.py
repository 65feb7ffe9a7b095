# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseReasoningTextDoneEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseReasoningTextDoneEventType = Literal["response.reasoning_text.done"]
"""The type of the event. Always `response.reasoning_text.done`."""

RESPONSE_REASONING_TEXT_DONE_EVENT_TYPE_VALUES: frozenset[str] = frozenset(["response.reasoning_text.done"])


def check_response_reasoning_text_done_event_type(value: str) -> ResponseReasoningTextDoneEventType:
    """Return ``value`` typed as ResponseReasoningTextDoneEventType; an unlisted value passes through."""
    return cast(ResponseReasoningTextDoneEventType, value)
