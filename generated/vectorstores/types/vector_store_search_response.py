# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreSearchResponse`` and the types its fields name."""

from vectorstores_raw.models import VectorStoreSearchResponse, VectorStoreSearchResultContentObject

__all__ = [
    "VectorStoreSearchResponse",
    "VectorStoreSearchResultContentObject",
]
