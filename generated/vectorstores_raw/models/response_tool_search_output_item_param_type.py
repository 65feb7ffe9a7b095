# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseToolSearchOutputItemParamType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseToolSearchOutputItemParamType = Literal["tool_search_output"]
"""The item type. Always `tool_search_output`."""

RESPONSE_TOOL_SEARCH_OUTPUT_ITEM_PARAM_TYPE_VALUES: frozenset[str] = frozenset(["tool_search_output"])


def check_response_tool_search_output_item_param_type(value: str) -> ResponseToolSearchOutputItemParamType:
    """Return ``value`` typed as ResponseToolSearchOutputItemParamType; an unlisted value passes through."""
    return cast(ResponseToolSearchOutputItemParamType, value)
