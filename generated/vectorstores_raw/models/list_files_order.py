# Generated from openapi.yaml by make generate; do not edit.
"""The ``ListFilesOrder`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ListFilesOrder = Literal["asc", "desc"]

LIST_FILES_ORDER_VALUES: frozenset[str] = frozenset(["asc", "desc"])


def check_list_files_order(value: str) -> ListFilesOrder:
    """Return ``value`` typed as ListFilesOrder; an unlisted value passes through."""
    return cast(ListFilesOrder, value)
