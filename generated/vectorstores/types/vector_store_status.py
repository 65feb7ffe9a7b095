# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreStatus``."""

from vectorstores_raw.models import VectorStoreStatus

__all__ = [
    "VectorStoreStatus",
]
