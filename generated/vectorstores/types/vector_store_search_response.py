# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreSearchResponse`` and the types its fields name."""

from vectorstores_raw.models import VectorStoreSearchResponse, VectorStoreSearchResultContentObject

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Content = VectorStoreSearchResultContentObject

__all__ = [
    "Content",
    "VectorStoreSearchResponse",
    "VectorStoreSearchResultContentObject",
]
