# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseReasoningSummaryTextDoneEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseReasoningSummaryTextDoneEventType = Literal["response.reasoning_summary_text.done"]
"""The type of the event. Always `response.reasoning_summary_text.done`."""

RESPONSE_REASONING_SUMMARY_TEXT_DONE_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    ["response.reasoning_summary_text.done"]
)


def check_response_reasoning_summary_text_done_event_type(value: str) -> ResponseReasoningSummaryTextDoneEventType:
    """Return ``value`` typed as ResponseReasoningSummaryTextDoneEventType; an unlisted value passes through."""
    return cast(ResponseReasoningSummaryTextDoneEventType, value)
