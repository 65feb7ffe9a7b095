# Generated from openapi.yaml by make generate; do not edit.
"""``UpdateVectorStoreRequest`` and the types its fields name."""

from vectorstores_raw.models import UpdateVectorStoreRequest, VectorStoreExpirationPolicy

# openai-python's names for the objects of fields.
ExpiresAfter = VectorStoreExpirationPolicy

__all__ = [
    "ExpiresAfter",
    "UpdateVectorStoreRequest",
    "VectorStoreExpirationPolicy",
]
