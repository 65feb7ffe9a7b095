# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreFileDeleted`` and the types its fields name."""

from vectorstores_raw.models import VectorStoreFileDeleted, VectorStoreFileDeletedObject

__all__ = [
    "VectorStoreFileDeleted",
    "VectorStoreFileDeletedObject",
]
