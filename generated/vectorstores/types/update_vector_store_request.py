# Generated from openapi.yaml by make generate; do not edit.
"""``UpdateVectorStoreRequest`` and the types its fields name."""

from vectorstores_raw.models import UpdateVectorStoreRequest, VectorStoreExpirationPolicy

# openai-python's names: for the objects of fields, and its own spelling of a type's.
ExpiresAfter = VectorStoreExpirationPolicy

__all__ = [
    "ExpiresAfter",
    "UpdateVectorStoreRequest",
    "VectorStoreExpirationPolicy",
]
