# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreFileLastErrorType0`` and the types its fields name."""

from vectorstores_raw.models import VectorStoreFileLastErrorType0, VectorStoreFileLastErrorType0Code

__all__ = [
    "VectorStoreFileLastErrorType0",
    "VectorStoreFileLastErrorType0Code",
]
