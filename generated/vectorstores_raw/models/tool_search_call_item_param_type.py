# Generated from openapi.yaml by make generate; do not edit.
"""The ``ToolSearchCallItemParamType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ToolSearchCallItemParamType = Literal["tool_search_call"]
"""The item type. Always `tool_search_call`."""

TOOL_SEARCH_CALL_ITEM_PARAM_TYPE_VALUES: frozenset[str] = frozenset(["tool_search_call"])


def check_tool_search_call_item_param_type(value: str) -> ToolSearchCallItemParamType:
    """Return ``value`` typed as ToolSearchCallItemParamType; an unlisted value passes through."""
    return cast(ToolSearchCallItemParamType, value)
