# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseFileSearchToolCallStatus`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseFileSearchToolCallStatus = Literal["completed", "failed", "in_progress", "incomplete", "searching"]
"""The status of the file search tool call. One of `in_progress`, `searching`, `incomplete` or `failed`,"""

RESPONSE_FILE_SEARCH_TOOL_CALL_STATUS_VALUES: frozenset[str] = frozenset(
    ["completed", "failed", "in_progress", "incomplete", "searching"]
)


def check_response_file_search_tool_call_status(value: str) -> ResponseFileSearchToolCallStatus:
    """Return ``value`` typed as ResponseFileSearchToolCallStatus; an unlisted value passes through."""
    return cast(ResponseFileSearchToolCallStatus, value)
