# Generated from openapi.yaml by make generate; do not edit.
"""The ``ToolChoiceShellType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ToolChoiceShellType = Literal["shell"]
"""The tool to call. Always `shell`."""

TOOL_CHOICE_SHELL_TYPE_VALUES: frozenset[str] = frozenset(["shell"])


def check_tool_choice_shell_type(value: str) -> ToolChoiceShellType:
    """Return ``value`` typed as ToolChoiceShellType; an unlisted value passes through."""
    return cast(ToolChoiceShellType, value)
