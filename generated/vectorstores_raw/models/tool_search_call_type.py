# Generated from openapi.yaml by make generate; do not edit.
"""The ``ToolSearchCallType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ToolSearchCallType = Literal["tool_search_call"]
"""The type of the item. Always `tool_search_call`."""

TOOL_SEARCH_CALL_TYPE_VALUES: frozenset[str] = frozenset(["tool_search_call"])


def check_tool_search_call_type(value: str) -> ToolSearchCallType:
    """Return ``value`` typed as ToolSearchCallType; an unlisted value passes through."""
    return cast(ToolSearchCallType, value)
