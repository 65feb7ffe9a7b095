# Generated from openapi.yaml by make generate; do not edit.
"""``ListVectorStoresResponse`` and the types its fields name."""

from vectorstores_raw.models import ListVectorStoresResponse, VectorStore

__all__ = [
    "ListVectorStoresResponse",
    "VectorStore",
]
