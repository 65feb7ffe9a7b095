# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseCustomToolCallOutputItemType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseCustomToolCallOutputItemType = Literal["custom_tool_call_output"]
"""The type of the custom tool call output. Always `custom_tool_call_output`."""

RESPONSE_CUSTOM_TOOL_CALL_OUTPUT_ITEM_TYPE_VALUES: frozenset[str] = frozenset(["custom_tool_call_output"])


def check_response_custom_tool_call_output_item_type(value: str) -> ResponseCustomToolCallOutputItemType:
    """Return ``value`` typed as ResponseCustomToolCallOutputItemType; an unlisted value passes through."""
    return cast(ResponseCustomToolCallOutputItemType, value)
