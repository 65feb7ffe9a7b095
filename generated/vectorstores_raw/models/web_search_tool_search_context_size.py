# Generated from openapi.yaml by make generate; do not edit.
"""The ``WebSearchToolSearchContextSize`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
WebSearchToolSearchContextSize = Literal["high", "low", "medium"]
"""High level guidance for the amount of context window space to use for the search. One of `low`, `medium`, or `high`.
`medium` is the default.
"""

WEB_SEARCH_TOOL_SEARCH_CONTEXT_SIZE_VALUES: frozenset[str] = frozenset(["high", "low", "medium"])


def check_web_search_tool_search_context_size(value: str) -> WebSearchToolSearchContextSize:
    """Return ``value`` typed as WebSearchToolSearchContextSize; an unlisted value passes through."""
    return cast(WebSearchToolSearchContextSize, value)
