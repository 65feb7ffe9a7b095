# Generated from openapi.yaml by make generate; do not edit.
"""The ``VectorStoreStatus`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
VectorStoreStatus = Literal["completed", "expired", "in_progress"]
"""The status of the vector store, which can be either `expired`, `in_progress`, or `completed`. A status of `completed`
indicates that the vector store is ready for use.
"""

VECTOR_STORE_STATUS_VALUES: frozenset[str] = frozenset(["completed", "expired", "in_progress"])


def check_vector_store_status(value: str) -> VectorStoreStatus:
    """Return ``value`` typed as VectorStoreStatus; an unlisted value passes through."""
    return cast(VectorStoreStatus, value)
