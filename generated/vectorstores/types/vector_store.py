# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStore`` and the types its fields name."""

from vectorstores_raw.models import (
    FileCounts,
    VectorStore,
    VectorStoreExpirationPolicy,
    VectorStoreObject,
    VectorStoreStatus,
)

__all__ = [
    "FileCounts",
    "VectorStore",
    "VectorStoreExpirationPolicy",
    "VectorStoreObject",
    "VectorStoreStatus",
]
