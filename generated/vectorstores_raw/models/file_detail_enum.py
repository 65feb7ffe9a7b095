# Generated from openapi.yaml by make generate; do not edit.
"""The ``FileDetailEnum`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
FileDetailEnum = Literal["auto", "high", "low"]

FILE_DETAIL_ENUM_VALUES: frozenset[str] = frozenset(["auto", "high", "low"])


def check_file_detail_enum(value: str) -> FileDetailEnum:
    """Return ``value`` typed as FileDetailEnum; an unlisted value passes through."""
    return cast(FileDetailEnum, value)
