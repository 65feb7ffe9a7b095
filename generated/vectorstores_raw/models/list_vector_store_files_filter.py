# Generated from openapi.yaml by make generate; do not edit.
"""The ``ListVectorStoreFilesFilter`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ListVectorStoreFilesFilter = Literal["cancelled", "completed", "failed", "in_progress"]

LIST_VECTOR_STORE_FILES_FILTER_VALUES: frozenset[str] = frozenset(["cancelled", "completed", "failed", "in_progress"])


def check_list_vector_store_files_filter(value: str) -> ListVectorStoreFilesFilter:
    """Return ``value`` typed as ListVectorStoreFilesFilter; an unlisted value passes through."""
    return cast(ListVectorStoreFilesFilter, value)
