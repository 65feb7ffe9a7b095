# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseCustomToolCallItemType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseCustomToolCallItemType = Literal["custom_tool_call"]
"""The type of the custom tool call. Always `custom_tool_call`."""

RESPONSE_CUSTOM_TOOL_CALL_ITEM_TYPE_VALUES: frozenset[str] = frozenset(["custom_tool_call"])


def check_response_custom_tool_call_item_type(value: str) -> ResponseCustomToolCallItemType:
    """Return ``value`` typed as ResponseCustomToolCallItemType; an unlisted value passes through."""
    return cast(ResponseCustomToolCallItemType, value)
