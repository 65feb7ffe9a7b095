# Generated from openapi.yaml by make generate; do not edit.
"""The ``CustomToolCallType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
CustomToolCallType = Literal["custom_tool_call"]
"""The type of the custom tool call. Always `custom_tool_call`."""

CUSTOM_TOOL_CALL_TYPE_VALUES: frozenset[str] = frozenset(["custom_tool_call"])


def check_custom_tool_call_type(value: str) -> CustomToolCallType:
    """Return ``value`` typed as CustomToolCallType; an unlisted value passes through."""
    return cast(CustomToolCallType, value)
