# Generated from openapi.yaml by make generate; do not edit.
"""The ``FilePathType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
FilePathType = Literal["file_path"]
"""The type of the file path. Always `file_path`."""

FILE_PATH_TYPE_VALUES: frozenset[str] = frozenset(["file_path"])


def check_file_path_type(value: str) -> FilePathType:
    """Return ``value`` typed as FilePathType; an unlisted value passes through."""
    return cast(FilePathType, value)
