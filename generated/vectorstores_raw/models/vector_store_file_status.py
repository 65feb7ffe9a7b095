# Generated from openapi.yaml by make generate; do not edit.
"""The ``VectorStoreFileStatus`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
VectorStoreFileStatus = Literal["cancelled", "completed", "failed", "in_progress"]
"""The status of the vector store file, which can be either `in_progress`, `completed`, `cancelled`, or `failed`. The
status `completed` indicates that the vector store file is ready for use.
"""

VECTOR_STORE_FILE_STATUS_VALUES: frozenset[str] = frozenset(["cancelled", "completed", "failed", "in_progress"])


def check_vector_store_file_status(value: str) -> VectorStoreFileStatus:
    """Return ``value`` typed as VectorStoreFileStatus; an unlisted value passes through."""
    return cast(VectorStoreFileStatus, value)
