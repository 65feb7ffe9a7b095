# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreObject``."""

from vectorstores_raw.models import VectorStoreObject

__all__ = [
    "VectorStoreObject",
]
