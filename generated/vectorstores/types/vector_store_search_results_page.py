# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreSearchResultsPage`` and the types its fields name."""

from vectorstores_raw.models import (
    VectorStoreSearchResponse,
    VectorStoreSearchResultsPage,
    VectorStoreSearchResultsPageObject,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Data = VectorStoreSearchResponse

__all__ = [
    "Data",
    "VectorStoreSearchResponse",
    "VectorStoreSearchResultsPage",
    "VectorStoreSearchResultsPageObject",
]
