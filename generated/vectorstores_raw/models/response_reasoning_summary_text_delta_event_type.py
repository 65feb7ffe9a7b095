# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseReasoningSummaryTextDeltaEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseReasoningSummaryTextDeltaEventType = Literal["response.reasoning_summary_text.delta"]
"""The type of the event. Always `response.reasoning_summary_text.delta`."""

RESPONSE_REASONING_SUMMARY_TEXT_DELTA_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    ["response.reasoning_summary_text.delta"]
)


def check_response_reasoning_summary_text_delta_event_type(value: str) -> ResponseReasoningSummaryTextDeltaEventType:
    """Return ``value`` typed as ResponseReasoningSummaryTextDeltaEventType; an unlisted value passes through."""
    return cast(ResponseReasoningSummaryTextDeltaEventType, value)
