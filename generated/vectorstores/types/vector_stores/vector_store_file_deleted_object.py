# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreFileDeletedObject``."""

from vectorstores_raw.models import VectorStoreFileDeletedObject

__all__ = [
    "VectorStoreFileDeletedObject",
]
