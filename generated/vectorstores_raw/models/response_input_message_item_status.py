# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseInputMessageItemStatus`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseInputMessageItemStatus = Literal["completed", "in_progress", "incomplete"]
"""The status of item. One of `in_progress`, `completed`, or `incomplete`. Populated when items are returned via API."""

RESPONSE_INPUT_MESSAGE_ITEM_STATUS_VALUES: frozenset[str] = frozenset(["completed", "in_progress", "incomplete"])


def check_response_input_message_item_status(value: str) -> ResponseInputMessageItemStatus:
    """Return ``value`` typed as ResponseInputMessageItemStatus; an unlisted value passes through."""
    return cast(ResponseInputMessageItemStatus, value)
