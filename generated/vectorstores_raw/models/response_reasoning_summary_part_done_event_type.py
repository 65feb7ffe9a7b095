# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseReasoningSummaryPartDoneEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseReasoningSummaryPartDoneEventType = Literal["response.reasoning_summary_part.done"]
"""The type of the event. Always `response.reasoning_summary_part.done`."""

RESPONSE_REASONING_SUMMARY_PART_DONE_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    ["response.reasoning_summary_part.done"]
)


def check_response_reasoning_summary_part_done_event_type(value: str) -> ResponseReasoningSummaryPartDoneEventType:
    """Return ``value`` typed as ResponseReasoningSummaryPartDoneEventType; an unlisted value passes through."""
    return cast(ResponseReasoningSummaryPartDoneEventType, value)
