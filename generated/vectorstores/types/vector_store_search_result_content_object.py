# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreSearchResultContentObject`` and the types its fields name."""

from vectorstores_raw.models import VectorStoreSearchResultContentObject, VectorStoreSearchResultContentObjectType

__all__ = [
    "VectorStoreSearchResultContentObject",
    "VectorStoreSearchResultContentObjectType",
]
