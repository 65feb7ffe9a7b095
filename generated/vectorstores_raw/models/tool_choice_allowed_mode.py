# Generated from openapi.yaml by make generate; do not edit.
"""The ``ToolChoiceAllowedMode`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ToolChoiceAllowedMode = Literal["auto", "required"]
"""Constrains the tools available to the model to a pre-defined set.

`auto` allows the model to pick from among the allowed tools and generate a message.

`required` requires the model to call one or more of the allowed tools.
"""

TOOL_CHOICE_ALLOWED_MODE_VALUES: frozenset[str] = frozenset(["auto", "required"])


def check_tool_choice_allowed_mode(value: str) -> ToolChoiceAllowedMode:
    """Return ``value`` typed as ToolChoiceAllowedMode; an unlisted value passes through."""
    return cast(ToolChoiceAllowedMode, value)
