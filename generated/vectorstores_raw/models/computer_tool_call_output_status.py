# Generated from openapi.yaml by make generate; do not edit.
"""The ``ComputerToolCallOutputStatus`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ComputerToolCallOutputStatus = Literal["completed", "in_progress", "incomplete"]
"""The status of the message input. One of `in_progress`, `completed`, or `incomplete`. Populated when input items are
returned via API.
"""

COMPUTER_TOOL_CALL_OUTPUT_STATUS_VALUES: frozenset[str] = frozenset(["completed", "in_progress", "incomplete"])


def check_computer_tool_call_output_status(value: str) -> ComputerToolCallOutputStatus:
    """Return ``value`` typed as ComputerToolCallOutputStatus; an unlisted value passes through."""
    return cast(ComputerToolCallOutputStatus, value)
