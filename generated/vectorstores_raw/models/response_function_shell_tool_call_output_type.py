# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseFunctionShellToolCallOutputType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseFunctionShellToolCallOutputType = Literal["shell_call_output"]
"""The type of the shell call output. Always `shell_call_output`."""

RESPONSE_FUNCTION_SHELL_TOOL_CALL_OUTPUT_TYPE_VALUES: frozenset[str] = frozenset(["shell_call_output"])


def check_response_function_shell_tool_call_output_type(value: str) -> ResponseFunctionShellToolCallOutputType:
    """Return ``value`` typed as ResponseFunctionShellToolCallOutputType; an unlisted value passes through."""
    return cast(ResponseFunctionShellToolCallOutputType, value)
