# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreDeleted`` and the types its fields name."""

from vectorstores_raw.models import VectorStoreDeleted, VectorStoreDeletedObject

__all__ = [
    "VectorStoreDeleted",
    "VectorStoreDeletedObject",
]
