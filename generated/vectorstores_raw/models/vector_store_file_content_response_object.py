# Generated from openapi.yaml by make generate; do not edit.
"""The ``VectorStoreFileContentResponseObject`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
VectorStoreFileContentResponseObject = Literal["vector_store.file_content.page"]
"""The object type, which is always `vector_store.file_content.page`"""

VECTOR_STORE_FILE_CONTENT_RESPONSE_OBJECT_VALUES: frozenset[str] = frozenset(["vector_store.file_content.page"])


def check_vector_store_file_content_response_object(value: str) -> VectorStoreFileContentResponseObject:
    """Return ``value`` typed as VectorStoreFileContentResponseObject; an unlisted value passes through."""
    return cast(VectorStoreFileContentResponseObject, value)
