# Generated from openapi.yaml by make generate; do not edit.
"""The ``FileDeletedObject`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
FileDeletedObject = Literal["file"]

FILE_DELETED_OBJECT_VALUES: frozenset[str] = frozenset(["file"])


def check_file_deleted_object(value: str) -> FileDeletedObject:
    """Return ``value`` typed as FileDeletedObject; an unlisted value passes through."""
    return cast(FileDeletedObject, value)
