# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreFile`` and the types its fields name."""

from vectorstores_raw.models import (
    StaticChunkingStrategyResponseParam,
    VectorStoreFile,
    VectorStoreFileLastErrorType0,
    VectorStoreFileObject,
    VectorStoreFileStatus,
)

__all__ = [
    "StaticChunkingStrategyResponseParam",
    "VectorStoreFile",
    "VectorStoreFileLastErrorType0",
    "VectorStoreFileObject",
    "VectorStoreFileStatus",
]
