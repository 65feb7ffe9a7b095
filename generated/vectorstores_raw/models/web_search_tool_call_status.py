# Generated from openapi.yaml by make generate; do not edit.
"""The ``WebSearchToolCallStatus`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
WebSearchToolCallStatus = Literal["completed", "failed", "in_progress", "searching"]
"""The status of the web search tool call."""

WEB_SEARCH_TOOL_CALL_STATUS_VALUES: frozenset[str] = frozenset(["completed", "failed", "in_progress", "searching"])


def check_web_search_tool_call_status(value: str) -> WebSearchToolCallStatus:
    """Return ``value`` typed as WebSearchToolCallStatus; an unlisted value passes through."""
    return cast(WebSearchToolCallStatus, value)
