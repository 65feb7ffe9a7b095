# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreFileObject``."""

from vectorstores_raw.models import VectorStoreFileObject

__all__ = [
    "VectorStoreFileObject",
]
