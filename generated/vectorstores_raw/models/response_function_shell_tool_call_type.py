# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseFunctionShellToolCallType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseFunctionShellToolCallType = Literal["shell_call"]
"""The type of the item. Always `shell_call`."""

RESPONSE_FUNCTION_SHELL_TOOL_CALL_TYPE_VALUES: frozenset[str] = frozenset(["shell_call"])


def check_response_function_shell_tool_call_type(value: str) -> ResponseFunctionShellToolCallType:
    """Return ``value`` typed as ResponseFunctionShellToolCallType; an unlisted value passes through."""
    return cast(ResponseFunctionShellToolCallType, value)
