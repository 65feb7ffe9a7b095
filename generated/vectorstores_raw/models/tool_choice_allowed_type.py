# Generated from openapi.yaml by make generate; do not edit.
"""The ``ToolChoiceAllowedType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ToolChoiceAllowedType = Literal["allowed_tools"]
"""Allowed tool configuration type. Always `allowed_tools`."""

TOOL_CHOICE_ALLOWED_TYPE_VALUES: frozenset[str] = frozenset(["allowed_tools"])


def check_tool_choice_allowed_type(value: str) -> ToolChoiceAllowedType:
    """Return ``value`` typed as ToolChoiceAllowedType; an unlisted value passes through."""
    return cast(ToolChoiceAllowedType, value)
