# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseFunctionToolCallItemType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseFunctionToolCallItemType = Literal["function_call"]
"""The type of the function tool call. Always `function_call`."""

RESPONSE_FUNCTION_TOOL_CALL_ITEM_TYPE_VALUES: frozenset[str] = frozenset(["function_call"])


def check_response_function_tool_call_item_type(value: str) -> ResponseFunctionToolCallItemType:
    """Return ``value`` typed as ResponseFunctionToolCallItemType; an unlisted value passes through."""
    return cast(ResponseFunctionToolCallItemType, value)
