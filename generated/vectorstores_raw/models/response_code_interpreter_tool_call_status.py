# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseCodeInterpreterToolCallStatus`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseCodeInterpreterToolCallStatus = Literal["completed", "failed", "in_progress", "incomplete", "interpreting"]
"""The status of the code interpreter tool call. Valid values are `in_progress`, `completed`, `incomplete`,
`interpreting`, and `failed`.
"""

RESPONSE_CODE_INTERPRETER_TOOL_CALL_STATUS_VALUES: frozenset[str] = frozenset(
    ["completed", "failed", "in_progress", "incomplete", "interpreting"]
)


def check_response_code_interpreter_tool_call_status(value: str) -> ResponseCodeInterpreterToolCallStatus:
    """Return ``value`` typed as ResponseCodeInterpreterToolCallStatus; an unlisted value passes through."""
    return cast(ResponseCodeInterpreterToolCallStatus, value)
