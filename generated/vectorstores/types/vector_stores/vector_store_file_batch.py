# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreFileBatch`` and the types its fields name."""

from vectorstores_raw.models import (
    FileCounts,
    VectorStoreFileBatch,
    VectorStoreFileBatchObject,
    VectorStoreFileBatchStatus,
)

__all__ = [
    "FileCounts",
    "VectorStoreFileBatch",
    "VectorStoreFileBatchObject",
    "VectorStoreFileBatchStatus",
]
