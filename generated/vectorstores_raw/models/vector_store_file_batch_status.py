# Generated from openapi.yaml by make generate; do not edit.
"""The ``VectorStoreFileBatchStatus`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
VectorStoreFileBatchStatus = Literal["cancelled", "completed", "failed", "in_progress"]
"""The status of the vector store files batch, which can be either `in_progress`, `completed`, `cancelled` or `failed`.
"""

VECTOR_STORE_FILE_BATCH_STATUS_VALUES: frozenset[str] = frozenset(["cancelled", "completed", "failed", "in_progress"])


def check_vector_store_file_batch_status(value: str) -> VectorStoreFileBatchStatus:
    """Return ``value`` typed as VectorStoreFileBatchStatus; an unlisted value passes through."""
    return cast(VectorStoreFileBatchStatus, value)
