# Generated from openapi.yaml by make generate; do not edit.
"""The ``SpecificShellToolChoiceType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
SpecificShellToolChoiceType = Literal["shell"]
"""The tool to call. Always `shell`."""

SPECIFIC_SHELL_TOOL_CHOICE_TYPE_VALUES: frozenset[str] = frozenset(["shell"])


def check_specific_shell_tool_choice_type(value: str) -> SpecificShellToolChoiceType:
    """Return ``value`` typed as SpecificShellToolChoiceType; an unlisted value passes through."""
    return cast(SpecificShellToolChoiceType, value)
