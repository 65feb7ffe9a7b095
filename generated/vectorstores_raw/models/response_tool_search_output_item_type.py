# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseToolSearchOutputItemType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseToolSearchOutputItemType = Literal["tool_search_output"]
"""The type of the item. Always `tool_search_output`."""

RESPONSE_TOOL_SEARCH_OUTPUT_ITEM_TYPE_VALUES: frozenset[str] = frozenset(["tool_search_output"])


def check_response_tool_search_output_item_type(value: str) -> ResponseToolSearchOutputItemType:
    """Return ``value`` typed as ResponseToolSearchOutputItemType; an unlisted value passes through."""
    return cast(ResponseToolSearchOutputItemType, value)
