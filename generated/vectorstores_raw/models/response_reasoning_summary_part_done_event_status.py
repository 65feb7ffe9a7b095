# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseReasoningSummaryPartDoneEventStatus`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseReasoningSummaryPartDoneEventStatus = Literal["incomplete"]
"""The completion status of the summary part. Omitted when the part completed normally and set to `incomplete` when
generation was interrupted.
"""

RESPONSE_REASONING_SUMMARY_PART_DONE_EVENT_STATUS_VALUES: frozenset[str] = frozenset(["incomplete"])


def check_response_reasoning_summary_part_done_event_status(value: str) -> ResponseReasoningSummaryPartDoneEventStatus:
    """Return ``value`` typed as ResponseReasoningSummaryPartDoneEventStatus; an unlisted value passes through."""
    return cast(ResponseReasoningSummaryPartDoneEventStatus, value)
