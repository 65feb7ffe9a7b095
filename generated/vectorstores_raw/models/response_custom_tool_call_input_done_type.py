# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseCustomToolCallInputDoneType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseCustomToolCallInputDoneType = Literal["response.custom_tool_call_input.done"]
"""The event type identifier."""

RESPONSE_CUSTOM_TOOL_CALL_INPUT_DONE_TYPE_VALUES: frozenset[str] = frozenset(["response.custom_tool_call_input.done"])


def check_response_custom_tool_call_input_done_type(value: str) -> ResponseCustomToolCallInputDoneType:
    """Return ``value`` typed as ResponseCustomToolCallInputDoneType; an unlisted value passes through."""
    return cast(ResponseCustomToolCallInputDoneType, value)
