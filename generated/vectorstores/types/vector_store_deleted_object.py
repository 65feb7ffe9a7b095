# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreDeletedObject``."""

from vectorstores_raw.models import VectorStoreDeletedObject

__all__ = [
    "VectorStoreDeletedObject",
]
