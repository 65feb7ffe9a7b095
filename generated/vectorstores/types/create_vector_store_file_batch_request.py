# Generated from openapi.yaml by make generate; do not edit.
"""``CreateVectorStoreFileBatchRequest`` and the types its fields name."""

from vectorstores_raw.models import (
    AutoChunkingStrategy,
    CreateVectorStoreFileBatchRequest,
    CreateVectorStoreFileRequest,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
File = CreateVectorStoreFileRequest

__all__ = [
    "AutoChunkingStrategy",
    "CreateVectorStoreFileBatchRequest",
    "CreateVectorStoreFileRequest",
    "File",
]
