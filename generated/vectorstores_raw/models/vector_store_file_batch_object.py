# Generated from openapi.yaml by make generate; do not edit.
"""The ``VectorStoreFileBatchObject`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
VectorStoreFileBatchObject = Literal["vector_store.file_batch", "vector_store.files_batch"]
"""The object type, which is always `vector_store.file_batch`."""

VECTOR_STORE_FILE_BATCH_OBJECT_VALUES: frozenset[str] = frozenset(
    ["vector_store.file_batch", "vector_store.files_batch"]
)


def check_vector_store_file_batch_object(value: str) -> VectorStoreFileBatchObject:
    """Return ``value`` typed as VectorStoreFileBatchObject; an unlisted value passes through."""
    return cast(VectorStoreFileBatchObject, value)
