# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseFunctionToolCallOutputItemType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseFunctionToolCallOutputItemType = Literal["function_call_output"]
"""The type of the function tool call output. Always `function_call_output`."""

RESPONSE_FUNCTION_TOOL_CALL_OUTPUT_ITEM_TYPE_VALUES: frozenset[str] = frozenset(["function_call_output"])


def check_response_function_tool_call_output_item_type(value: str) -> ResponseFunctionToolCallOutputItemType:
    """Return ``value`` typed as ResponseFunctionToolCallOutputItemType; an unlisted value passes through."""
    return cast(ResponseFunctionToolCallOutputItemType, value)
