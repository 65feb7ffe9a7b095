# Generated from openapi.yaml by make generate; do not edit.
"""The ``ShellToolCallOutputType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ShellToolCallOutputType = Literal["shell_call_output"]
"""The type of the item. Always `shell_call_output`."""

SHELL_TOOL_CALL_OUTPUT_TYPE_VALUES: frozenset[str] = frozenset(["shell_call_output"])


def check_shell_tool_call_output_type(value: str) -> ShellToolCallOutputType:
    """Return ``value`` typed as ShellToolCallOutputType; an unlisted value passes through."""
    return cast(ShellToolCallOutputType, value)
