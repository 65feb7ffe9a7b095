# Generated from openapi.yaml by make generate; do not edit.
"""The ``ToolChoiceCustomType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ToolChoiceCustomType = Literal["custom"]
"""For custom tool calling, the type is always `custom`."""

TOOL_CHOICE_CUSTOM_TYPE_VALUES: frozenset[str] = frozenset(["custom"])


def check_tool_choice_custom_type(value: str) -> ToolChoiceCustomType:
    """Return ``value`` typed as ToolChoiceCustomType; an unlisted value passes through."""
    return cast(ToolChoiceCustomType, value)
