# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseOutputMessageStatus`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseOutputMessageStatus = Literal["completed", "in_progress", "incomplete"]
"""The status of the message input. One of `in_progress`, `completed`, or `incomplete`. Populated when input items are
returned via API.
"""

RESPONSE_OUTPUT_MESSAGE_STATUS_VALUES: frozenset[str] = frozenset(["completed", "in_progress", "incomplete"])


def check_response_output_message_status(value: str) -> ResponseOutputMessageStatus:
    """Return ``value`` typed as ResponseOutputMessageStatus; an unlisted value passes through."""
    return cast(ResponseOutputMessageStatus, value)
