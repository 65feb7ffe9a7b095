# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseReasoningSummaryPartAddedEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseReasoningSummaryPartAddedEventType = Literal["response.reasoning_summary_part.added"]
"""The type of the event. Always `response.reasoning_summary_part.added`."""

RESPONSE_REASONING_SUMMARY_PART_ADDED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    ["response.reasoning_summary_part.added"]
)


def check_response_reasoning_summary_part_added_event_type(value: str) -> ResponseReasoningSummaryPartAddedEventType:
    """Return ``value`` typed as ResponseReasoningSummaryPartAddedEventType; an unlisted value passes through."""
    return cast(ResponseReasoningSummaryPartAddedEventType, value)
