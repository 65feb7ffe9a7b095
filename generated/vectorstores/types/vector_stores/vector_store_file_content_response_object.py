# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreFileContentResponseObject``."""

from vectorstores_raw.models import VectorStoreFileContentResponseObject

__all__ = [
    "VectorStoreFileContentResponseObject",
]
