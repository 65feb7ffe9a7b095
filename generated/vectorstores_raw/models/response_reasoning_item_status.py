# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseReasoningItemStatus`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseReasoningItemStatus = Literal["completed", "in_progress", "incomplete"]
"""The status of the item. One of `in_progress`, `completed`, or `incomplete`. Populated when items are returned via
API.
"""

RESPONSE_REASONING_ITEM_STATUS_VALUES: frozenset[str] = frozenset(["completed", "in_progress", "incomplete"])


def check_response_reasoning_item_status(value: str) -> ResponseReasoningItemStatus:
    """Return ``value`` typed as ResponseReasoningItemStatus; an unlisted value passes through."""
    return cast(ResponseReasoningItemStatus, value)
