# Generated from openapi.yaml by make generate; do not edit.
"""``CreateVectorStoreFileBatchRequest`` and the types its fields name."""

from vectorstores_raw.models import (
    AutoChunkingStrategy,
    CreateVectorStoreFileBatchRequest,
    CreateVectorStoreFileRequest,
)

# openai-python's names for the objects of fields.
File = CreateVectorStoreFileRequest

__all__ = [
    "AutoChunkingStrategy",
    "CreateVectorStoreFileBatchRequest",
    "CreateVectorStoreFileRequest",
    "File",
]
