# Generated from openapi.yaml by make generate; do not edit.
"""The ``ShellToolType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ShellToolType = Literal["shell"]
"""The type of the shell tool. Always `shell`."""

SHELL_TOOL_TYPE_VALUES: frozenset[str] = frozenset(["shell"])


def check_shell_tool_type(value: str) -> ShellToolType:
    """Return ``value`` typed as ShellToolType; an unlisted value passes through."""
    return cast(ShellToolType, value)
