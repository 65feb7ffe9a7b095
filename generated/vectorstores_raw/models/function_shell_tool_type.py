# Generated from openapi.yaml by make generate; do not edit.
"""The ``FunctionShellToolType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
FunctionShellToolType = Literal["shell"]
"""The type of the shell tool. Always `shell`."""

FUNCTION_SHELL_TOOL_TYPE_VALUES: frozenset[str] = frozenset(["shell"])


def check_function_shell_tool_type(value: str) -> FunctionShellToolType:
    """Return ``value`` typed as FunctionShellToolType; an unlisted value passes through."""
    return cast(FunctionShellToolType, value)
