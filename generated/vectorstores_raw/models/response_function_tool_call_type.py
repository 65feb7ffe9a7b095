# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseFunctionToolCallType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseFunctionToolCallType = Literal["function_call"]
"""The type of the function tool call. Always `function_call`."""

RESPONSE_FUNCTION_TOOL_CALL_TYPE_VALUES: frozenset[str] = frozenset(["function_call"])


def check_response_function_tool_call_type(value: str) -> ResponseFunctionToolCallType:
    """Return ``value`` typed as ResponseFunctionToolCallType; an unlisted value passes through."""
    return cast(ResponseFunctionToolCallType, value)
