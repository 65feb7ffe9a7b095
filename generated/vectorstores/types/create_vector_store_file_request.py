# Generated from openapi.yaml by make generate; do not edit.
"""``CreateVectorStoreFileRequest`` and the types its fields name."""

from vectorstores_raw.models import AutoChunkingStrategy, CreateVectorStoreFileRequest

__all__ = [
    "AutoChunkingStrategy",
    "CreateVectorStoreFileRequest",
]
