# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreSearchResultsPage`` and the types its fields name."""

from vectorstores_raw.models import (
    VectorStoreSearchResponse,
    VectorStoreSearchResultsPage,
    VectorStoreSearchResultsPageObject,
)

__all__ = [
    "VectorStoreSearchResponse",
    "VectorStoreSearchResultsPage",
    "VectorStoreSearchResultsPageObject",
]
