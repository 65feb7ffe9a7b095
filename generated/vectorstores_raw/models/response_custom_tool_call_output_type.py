# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseCustomToolCallOutputType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseCustomToolCallOutputType = Literal["custom_tool_call_output"]
"""The type of the custom tool call output. Always `custom_tool_call_output`."""

RESPONSE_CUSTOM_TOOL_CALL_OUTPUT_TYPE_VALUES: frozenset[str] = frozenset(["custom_tool_call_output"])


def check_response_custom_tool_call_output_type(value: str) -> ResponseCustomToolCallOutputType:
    """Return ``value`` typed as ResponseCustomToolCallOutputType; an unlisted value passes through."""
    return cast(ResponseCustomToolCallOutputType, value)
