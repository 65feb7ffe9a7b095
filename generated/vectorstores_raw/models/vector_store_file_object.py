# Generated from openapi.yaml by make generate; do not edit.
"""The ``VectorStoreFileObject`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
VectorStoreFileObject = Literal["vector_store.file"]
"""The object type, which is always `vector_store.file`."""

VECTOR_STORE_FILE_OBJECT_VALUES: frozenset[str] = frozenset(["vector_store.file"])


def check_vector_store_file_object(value: str) -> VectorStoreFileObject:
    """Return ``value`` typed as VectorStoreFileObject; an unlisted value passes through."""
    return cast(VectorStoreFileObject, value)
