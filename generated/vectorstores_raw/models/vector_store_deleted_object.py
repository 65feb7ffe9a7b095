# Generated from openapi.yaml by make generate; do not edit.
"""The ``VectorStoreDeletedObject`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
VectorStoreDeletedObject = Literal["vector_store.deleted"]

VECTOR_STORE_DELETED_OBJECT_VALUES: frozenset[str] = frozenset(["vector_store.deleted"])


def check_vector_store_deleted_object(value: str) -> VectorStoreDeletedObject:
    """Return ``value`` typed as VectorStoreDeletedObject; an unlisted value passes through."""
    return cast(VectorStoreDeletedObject, value)
