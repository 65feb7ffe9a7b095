# Generated from openapi.yaml by make generate; do not edit.
"""The ``ToolChoiceFunctionType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ToolChoiceFunctionType = Literal["function"]
"""For function calling, the type is always `function`."""

TOOL_CHOICE_FUNCTION_TYPE_VALUES: frozenset[str] = frozenset(["function"])


def check_tool_choice_function_type(value: str) -> ToolChoiceFunctionType:
    """Return ``value`` typed as ToolChoiceFunctionType; an unlisted value passes through."""
    return cast(ToolChoiceFunctionType, value)
