# Generated from openapi.yaml by make generate; do not edit.
"""The ``FileSearchToolType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
FileSearchToolType = Literal["file_search"]
"""The type of the file search tool. Always `file_search`."""

FILE_SEARCH_TOOL_TYPE_VALUES: frozenset[str] = frozenset(["file_search"])


def check_file_search_tool_type(value: str) -> FileSearchToolType:
    """Return ``value`` typed as FileSearchToolType; an unlisted value passes through."""
    return cast(FileSearchToolType, value)
