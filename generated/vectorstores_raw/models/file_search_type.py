# Generated from openapi.yaml by make generate; do not edit.
"""The ``FileSearchType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
FileSearchType = Literal["file_search"]

FILE_SEARCH_TYPE_VALUES: frozenset[str] = frozenset(["file_search"])


def check_file_search_type(value: str) -> FileSearchType:
    """Return ``value`` typed as FileSearchType; an unlisted value passes through."""
    return cast(FileSearchType, value)
