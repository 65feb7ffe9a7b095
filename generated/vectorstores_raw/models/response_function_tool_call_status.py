# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseFunctionToolCallStatus`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseFunctionToolCallStatus = Literal["completed", "in_progress", "incomplete"]
"""The status of the item. One of `in_progress`, `completed`, or `incomplete`. Populated when items are returned via
API.
"""

RESPONSE_FUNCTION_TOOL_CALL_STATUS_VALUES: frozenset[str] = frozenset(["completed", "in_progress", "incomplete"])


def check_response_function_tool_call_status(value: str) -> ResponseFunctionToolCallStatus:
    """Return ``value`` typed as ResponseFunctionToolCallStatus; an unlisted value passes through."""
    return cast(ResponseFunctionToolCallStatus, value)
