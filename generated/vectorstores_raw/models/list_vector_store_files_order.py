# Generated from openapi.yaml by make generate; do not edit.
"""The ``ListVectorStoreFilesOrder`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ListVectorStoreFilesOrder = Literal["asc", "desc"]

LIST_VECTOR_STORE_FILES_ORDER_VALUES: frozenset[str] = frozenset(["asc", "desc"])


def check_list_vector_store_files_order(value: str) -> ListVectorStoreFilesOrder:
    """Return ``value`` typed as ListVectorStoreFilesOrder; an unlisted value passes through."""
    return cast(ListVectorStoreFilesOrder, value)
