# Generated from openapi.yaml by make generate; do not edit.
"""The ``WebSearchToolType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
WebSearchToolType = Literal["web_search", "web_search_2025_08_26"]
"""The type of the web search tool. One of `web_search` or `web_search_2025_08_26`."""

WEB_SEARCH_TOOL_TYPE_VALUES: frozenset[str] = frozenset(["web_search", "web_search_2025_08_26"])


def check_web_search_tool_type(value: str) -> WebSearchToolType:
    """Return ``value`` typed as WebSearchToolType; an unlisted value passes through."""
    return cast(WebSearchToolType, value)
