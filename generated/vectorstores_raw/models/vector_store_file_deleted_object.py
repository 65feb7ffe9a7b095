# Generated from openapi.yaml by make generate; do not edit.
"""The ``VectorStoreFileDeletedObject`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
VectorStoreFileDeletedObject = Literal["vector_store.file.deleted"]

VECTOR_STORE_FILE_DELETED_OBJECT_VALUES: frozenset[str] = frozenset(["vector_store.file.deleted"])


def check_vector_store_file_deleted_object(value: str) -> VectorStoreFileDeletedObject:
    """Return ``value`` typed as VectorStoreFileDeletedObject; an unlisted value passes through."""
    return cast(VectorStoreFileDeletedObject, value)
