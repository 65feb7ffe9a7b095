# Generated from openapi.yaml by make generate; do not edit.
"""The ``WebSearchPreviewType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
WebSearchPreviewType = Literal["web_search_preview", "web_search_preview_2025_03_11"]
"""The type of the web search tool. One of `web_search_preview` or `web_search_preview_2025_03_11`."""

WEB_SEARCH_PREVIEW_TYPE_VALUES: frozenset[str] = frozenset(["web_search_preview", "web_search_preview_2025_03_11"])


def check_web_search_preview_type(value: str) -> WebSearchPreviewType:
    """Return ``value`` typed as WebSearchPreviewType; an unlisted value passes through."""
    return cast(WebSearchPreviewType, value)
