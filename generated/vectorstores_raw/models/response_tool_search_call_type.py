# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseToolSearchCallType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseToolSearchCallType = Literal["tool_search_call"]
"""The type of the item. Always `tool_search_call`."""

RESPONSE_TOOL_SEARCH_CALL_TYPE_VALUES: frozenset[str] = frozenset(["tool_search_call"])


def check_response_tool_search_call_type(value: str) -> ResponseToolSearchCallType:
    """Return ``value`` typed as ResponseToolSearchCallType; an unlisted value passes through."""
    return cast(ResponseToolSearchCallType, value)
