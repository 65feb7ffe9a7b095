# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseFileSearchToolCallType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseFileSearchToolCallType = Literal["file_search_call"]
"""The type of the file search tool call. Always `file_search_call`."""

RESPONSE_FILE_SEARCH_TOOL_CALL_TYPE_VALUES: frozenset[str] = frozenset(["file_search_call"])


def check_response_file_search_tool_call_type(value: str) -> ResponseFileSearchToolCallType:
    """Return ``value`` typed as ResponseFileSearchToolCallType; an unlisted value passes through."""
    return cast(ResponseFileSearchToolCallType, value)
