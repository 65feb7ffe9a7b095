# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseFunctionWebSearchStatus`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseFunctionWebSearchStatus = Literal["completed", "failed", "in_progress", "searching"]
"""The status of the web search tool call."""

RESPONSE_FUNCTION_WEB_SEARCH_STATUS_VALUES: frozenset[str] = frozenset(
    ["completed", "failed", "in_progress", "searching"]
)


def check_response_function_web_search_status(value: str) -> ResponseFunctionWebSearchStatus:
    """Return ``value`` typed as ResponseFunctionWebSearchStatus; an unlisted value passes through."""
    return cast(ResponseFunctionWebSearchStatus, value)
