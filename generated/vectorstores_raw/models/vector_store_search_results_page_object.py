# Generated from openapi.yaml by make generate; do not edit.
"""The ``VectorStoreSearchResultsPageObject`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
VectorStoreSearchResultsPageObject = Literal["vector_store.search_results.page"]
"""The object type, which is always `vector_store.search_results.page`"""

VECTOR_STORE_SEARCH_RESULTS_PAGE_OBJECT_VALUES: frozenset[str] = frozenset(["vector_store.search_results.page"])


def check_vector_store_search_results_page_object(value: str) -> VectorStoreSearchResultsPageObject:
    """Return ``value`` typed as VectorStoreSearchResultsPageObject; an unlisted value passes through."""
    return cast(VectorStoreSearchResultsPageObject, value)
