# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreFile`` and the types its fields name."""

from vectorstores_raw.models import (
    StaticChunkingStrategyResponseParam,
    VectorStoreFile,
    VectorStoreFileLastErrorType0,
    VectorStoreFileObject,
    VectorStoreFileStatus,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
LastError = VectorStoreFileLastErrorType0

__all__ = [
    "LastError",
    "StaticChunkingStrategyResponseParam",
    "VectorStoreFile",
    "VectorStoreFileLastErrorType0",
    "VectorStoreFileObject",
    "VectorStoreFileStatus",
]
