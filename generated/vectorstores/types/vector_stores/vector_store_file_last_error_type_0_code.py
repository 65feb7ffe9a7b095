# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreFileLastErrorType0Code``."""

from vectorstores_raw.models import VectorStoreFileLastErrorType0Code

__all__ = [
    "VectorStoreFileLastErrorType0Code",
]
