# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseComputerToolCallStatus`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseComputerToolCallStatus = Literal["completed", "in_progress", "incomplete"]
"""The status of the item. One of `in_progress`, `completed`, or `incomplete`. Populated when items are returned via
API.
"""

RESPONSE_COMPUTER_TOOL_CALL_STATUS_VALUES: frozenset[str] = frozenset(["completed", "in_progress", "incomplete"])


def check_response_computer_tool_call_status(value: str) -> ResponseComputerToolCallStatus:
    """Return ``value`` typed as ResponseComputerToolCallStatus; an unlisted value passes through."""
    return cast(ResponseComputerToolCallStatus, value)
