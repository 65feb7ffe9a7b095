# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseCodeInterpreterToolCallType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseCodeInterpreterToolCallType = Literal["code_interpreter_call"]
"""The type of the code interpreter tool call. Always `code_interpreter_call`."""

RESPONSE_CODE_INTERPRETER_TOOL_CALL_TYPE_VALUES: frozenset[str] = frozenset(["code_interpreter_call"])


def check_response_code_interpreter_tool_call_type(value: str) -> ResponseCodeInterpreterToolCallType:
    """Return ``value`` typed as ResponseCodeInterpreterToolCallType; an unlisted value passes through."""
    return cast(ResponseCodeInterpreterToolCallType, value)
