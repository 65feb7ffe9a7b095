# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreFileBatchObject``."""

from vectorstores_raw.models import VectorStoreFileBatchObject

__all__ = [
    "VectorStoreFileBatchObject",
]
