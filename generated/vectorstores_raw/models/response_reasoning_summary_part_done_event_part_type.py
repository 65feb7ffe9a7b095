# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseReasoningSummaryPartDoneEventPartType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseReasoningSummaryPartDoneEventPartType = Literal["summary_text"]
"""The type of the summary part. Always `summary_text`."""

RESPONSE_REASONING_SUMMARY_PART_DONE_EVENT_PART_TYPE_VALUES: frozenset[str] = frozenset(["summary_text"])


def check_response_reasoning_summary_part_done_event_part_type(
    value: str,
) -> ResponseReasoningSummaryPartDoneEventPartType:
    """Return ``value`` typed as ResponseReasoningSummaryPartDoneEventPartType; an unlisted value passes through."""
    return cast(ResponseReasoningSummaryPartDoneEventPartType, value)
