# Generated from openapi.yaml by make generate; do not edit.
"""The ``FileCitationType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
FileCitationType = Literal["file_citation"]
"""The type of the file citation. Always `file_citation`."""

FILE_CITATION_TYPE_VALUES: frozenset[str] = frozenset(["file_citation"])


def check_file_citation_type(value: str) -> FileCitationType:
    """Return ``value`` typed as FileCitationType; an unlisted value passes through."""
    return cast(FileCitationType, value)
