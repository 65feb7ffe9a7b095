# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreFileBatchStatus``."""

from vectorstores_raw.models import VectorStoreFileBatchStatus

__all__ = [
    "VectorStoreFileBatchStatus",
]
