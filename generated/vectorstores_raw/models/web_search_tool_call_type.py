# Generated from openapi.yaml by make generate; do not edit.
"""The ``WebSearchToolCallType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
WebSearchToolCallType = Literal["web_search_call"]
"""The type of the web search tool call. Always `web_search_call`."""

WEB_SEARCH_TOOL_CALL_TYPE_VALUES: frozenset[str] = frozenset(["web_search_call"])


def check_web_search_tool_call_type(value: str) -> WebSearchToolCallType:
    """Return ``value`` typed as WebSearchToolCallType; an unlisted value passes through."""
    return cast(WebSearchToolCallType, value)
