# Generated from openapi.yaml by make generate; do not edit.
"""The ``FileObjectStatus`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
FileObjectStatus = Literal["error", "processed", "uploaded"]
"""Deprecated. The current status of the file, which can be either `uploaded`, `processed`, or `error`."""

FILE_OBJECT_STATUS_VALUES: frozenset[str] = frozenset(["error", "processed", "uploaded"])


def check_file_object_status(value: str) -> FileObjectStatus:
    """Return ``value`` typed as FileObjectStatus; an unlisted value passes through."""
    return cast(FileObjectStatus, value)
