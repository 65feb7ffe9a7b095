# Generated from openapi.yaml by make generate; do not edit.
"""``CreateVectorStoreFileBatchRequest`` and the types its fields name."""

from vectorstores_raw.models import (
    AutoChunkingStrategy,
    CreateVectorStoreFileBatchRequest,
    CreateVectorStoreFileRequest,
)

__all__ = [
    "AutoChunkingStrategy",
    "CreateVectorStoreFileBatchRequest",
    "CreateVectorStoreFileRequest",
]
