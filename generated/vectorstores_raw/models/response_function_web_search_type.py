# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseFunctionWebSearchType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseFunctionWebSearchType = Literal["web_search_call"]
"""The type of the web search tool call. Always `web_search_call`."""

RESPONSE_FUNCTION_WEB_SEARCH_TYPE_VALUES: frozenset[str] = frozenset(["web_search_call"])


def check_response_function_web_search_type(value: str) -> ResponseFunctionWebSearchType:
    """Return ``value`` typed as ResponseFunctionWebSearchType; an unlisted value passes through."""
    return cast(ResponseFunctionWebSearchType, value)
