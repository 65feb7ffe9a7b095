# Generated from openapi.yaml by make generate; do not edit.
"""The ``ToolChoiceOptions`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ToolChoiceOptions = Literal["auto", "none", "required"]
"""Controls which (if any) tool is called by the model.

`none` means the model will not call any tool and instead generates a message.

`auto` means the model can pick between generating a message or calling one or more tools.

`required` means the model must call one or more tools.
"""

TOOL_CHOICE_OPTIONS_VALUES: frozenset[str] = frozenset(["auto", "none", "required"])


def check_tool_choice_options(value: str) -> ToolChoiceOptions:
    """Return ``value`` typed as ToolChoiceOptions; an unlisted value passes through."""
    return cast(ToolChoiceOptions, value)
