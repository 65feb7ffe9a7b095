# Generated from openapi.yaml by make generate; do not edit.
"""The ``WebSearchPreviewToolType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
WebSearchPreviewToolType = Literal["web_search_preview", "web_search_preview_2025_03_11"]
"""The type of the web search tool. One of `web_search_preview` or `web_search_preview_2025_03_11`."""

WEB_SEARCH_PREVIEW_TOOL_TYPE_VALUES: frozenset[str] = frozenset(["web_search_preview", "web_search_preview_2025_03_11"])


def check_web_search_preview_tool_type(value: str) -> WebSearchPreviewToolType:
    """Return ``value`` typed as WebSearchPreviewToolType; an unlisted value passes through."""
    return cast(WebSearchPreviewToolType, value)
