# Generated from openapi.yaml by make generate; do not edit.
"""The ``VectorStoreSearchResultContentObjectType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
VectorStoreSearchResultContentObjectType = Literal["text"]
"""The type of content."""

VECTOR_STORE_SEARCH_RESULT_CONTENT_OBJECT_TYPE_VALUES: frozenset[str] = frozenset(["text"])


def check_vector_store_search_result_content_object_type(value: str) -> VectorStoreSearchResultContentObjectType:
    """Return ``value`` typed as VectorStoreSearchResultContentObjectType; an unlisted value passes through."""
    return cast(VectorStoreSearchResultContentObjectType, value)
