# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseTextDoneEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseTextDoneEventType = Literal["response.output_text.done"]
"""The type of the event. Always `response.output_text.done`."""

RESPONSE_TEXT_DONE_EVENT_TYPE_VALUES: frozenset[str] = frozenset(["response.output_text.done"])


def check_response_text_done_event_type(value: str) -> ResponseTextDoneEventType:
    """Return ``value`` typed as ResponseTextDoneEventType; an unlisted value passes through."""
    return cast(ResponseTextDoneEventType, value)
