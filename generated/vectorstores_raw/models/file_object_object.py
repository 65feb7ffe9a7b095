# Generated from openapi.yaml by make generate; do not edit.
"""The ``FileObjectObject`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
FileObjectObject = Literal["file"]
"""The object type, which is always `file`."""

FILE_OBJECT_OBJECT_VALUES: frozenset[str] = frozenset(["file"])


def check_file_object_object(value: str) -> FileObjectObject:
    """Return ``value`` typed as FileObjectObject; an unlisted value passes through."""
    return cast(FileObjectObject, value)
