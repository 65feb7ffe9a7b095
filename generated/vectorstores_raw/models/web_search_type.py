# Generated from openapi.yaml by make generate; do not edit.
"""The ``WebSearchType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
WebSearchType = Literal["web_search", "web_search_2025_08_26"]

WEB_SEARCH_TYPE_VALUES: frozenset[str] = frozenset(["web_search", "web_search_2025_08_26"])


def check_web_search_type(value: str) -> WebSearchType:
    """Return ``value`` typed as WebSearchType; an unlisted value passes through."""
    return cast(WebSearchType, value)
