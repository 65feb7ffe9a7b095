# Generated from openapi.yaml by make generate; do not edit.
"""The ``VectorStoreObject`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
VectorStoreObject = Literal["vector_store"]
"""The object type, which is always `vector_store`."""

VECTOR_STORE_OBJECT_VALUES: frozenset[str] = frozenset(["vector_store"])


def check_vector_store_object(value: str) -> VectorStoreObject:
    """Return ``value`` typed as VectorStoreObject; an unlisted value passes through."""
    return cast(VectorStoreObject, value)
