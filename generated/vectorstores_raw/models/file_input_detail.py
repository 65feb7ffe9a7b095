# Generated from openapi.yaml by make generate; do not edit.
"""The ``FileInputDetail`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
FileInputDetail = Literal["auto", "high", "low"]

FILE_INPUT_DETAIL_VALUES: frozenset[str] = frozenset(["auto", "high", "low"])


def check_file_input_detail(value: str) -> FileInputDetail:
    """Return ``value`` typed as FileInputDetail; an unlisted value passes through."""
    return cast(FileInputDetail, value)
