# Generated from openapi.yaml by make generate; do not edit.
"""The ``FunctionToolCallOutputStatus`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
FunctionToolCallOutputStatus = Literal["completed", "in_progress", "incomplete"]
"""The status of the item. One of `in_progress`, `completed`, or `incomplete`. Populated when items are returned via
API.
"""

FUNCTION_TOOL_CALL_OUTPUT_STATUS_VALUES: frozenset[str] = frozenset(["completed", "in_progress", "incomplete"])


def check_function_tool_call_output_status(value: str) -> FunctionToolCallOutputStatus:
    """Return ``value`` typed as FunctionToolCallOutputStatus; an unlisted value passes through."""
    return cast(FunctionToolCallOutputStatus, value)
