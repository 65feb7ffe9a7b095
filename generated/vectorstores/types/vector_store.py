# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStore`` and the types its fields name."""

from vectorstores_raw.models import (
    FileCounts,
    VectorStore,
    VectorStoreExpirationPolicy,
    VectorStoreObject,
    VectorStoreStatus,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
ExpiresAfter = VectorStoreExpirationPolicy

__all__ = [
    "ExpiresAfter",
    "FileCounts",
    "VectorStore",
    "VectorStoreExpirationPolicy",
    "VectorStoreObject",
    "VectorStoreStatus",
]
