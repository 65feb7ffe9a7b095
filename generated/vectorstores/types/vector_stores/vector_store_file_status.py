# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreFileStatus``."""

from vectorstores_raw.models import VectorStoreFileStatus

__all__ = [
    "VectorStoreFileStatus",
]
