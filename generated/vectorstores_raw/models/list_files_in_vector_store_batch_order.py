# Generated from openapi.yaml by make generate; do not edit.
"""The ``ListFilesInVectorStoreBatchOrder`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ListFilesInVectorStoreBatchOrder = Literal["asc", "desc"]

LIST_FILES_IN_VECTOR_STORE_BATCH_ORDER_VALUES: frozenset[str] = frozenset(["asc", "desc"])


def check_list_files_in_vector_store_batch_order(value: str) -> ListFilesInVectorStoreBatchOrder:
    """Return ``value`` typed as ListFilesInVectorStoreBatchOrder; an unlisted value passes through."""
    return cast(ListFilesInVectorStoreBatchOrder, value)
