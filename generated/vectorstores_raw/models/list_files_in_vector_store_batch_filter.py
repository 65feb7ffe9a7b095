# Generated from openapi.yaml by make generate; do not edit.
"""The ``ListFilesInVectorStoreBatchFilter`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ListFilesInVectorStoreBatchFilter = Literal["cancelled", "completed", "failed", "in_progress"]

LIST_FILES_IN_VECTOR_STORE_BATCH_FILTER_VALUES: frozenset[str] = frozenset(
    ["cancelled", "completed", "failed", "in_progress"]
)


def check_list_files_in_vector_store_batch_filter(value: str) -> ListFilesInVectorStoreBatchFilter:
    """Return ``value`` typed as ListFilesInVectorStoreBatchFilter; an unlisted value passes through."""
    return cast(ListFilesInVectorStoreBatchFilter, value)
