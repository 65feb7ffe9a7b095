# Generated from openapi.yaml by make generate; do not edit.
"""The ``CustomToolCallOutputType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
CustomToolCallOutputType = Literal["custom_tool_call_output"]
"""The type of the custom tool call output. Always `custom_tool_call_output`."""

CUSTOM_TOOL_CALL_OUTPUT_TYPE_VALUES: frozenset[str] = frozenset(["custom_tool_call_output"])


def check_custom_tool_call_output_type(value: str) -> CustomToolCallOutputType:
    """Return ``value`` typed as CustomToolCallOutputType; an unlisted value passes through."""
    return cast(CustomToolCallOutputType, value)
