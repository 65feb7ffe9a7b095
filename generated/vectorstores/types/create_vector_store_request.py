# Generated from openapi.yaml by make generate; do not edit.
"""``CreateVectorStoreRequest`` and the types its fields name."""

from vectorstores_raw.models import AutoChunkingStrategy, CreateVectorStoreRequest, VectorStoreExpirationPolicy

# openai-python's names: for the objects of fields, and its own spelling of a type's.
ExpiresAfter = VectorStoreExpirationPolicy

__all__ = [
    "AutoChunkingStrategy",
    "CreateVectorStoreRequest",
    "ExpiresAfter",
    "VectorStoreExpirationPolicy",
]
