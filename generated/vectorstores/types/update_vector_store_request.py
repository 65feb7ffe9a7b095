# Generated from openapi.yaml by make generate; do not edit.
"""``UpdateVectorStoreRequest`` and the types its fields name."""

from vectorstores_raw.models import UpdateVectorStoreRequest, VectorStoreExpirationPolicy

__all__ = [
    "UpdateVectorStoreRequest",
    "VectorStoreExpirationPolicy",
]
