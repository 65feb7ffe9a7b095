# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreSearchResultsPageObject``."""

from vectorstores_raw.models import VectorStoreSearchResultsPageObject

__all__ = [
    "VectorStoreSearchResultsPageObject",
]
