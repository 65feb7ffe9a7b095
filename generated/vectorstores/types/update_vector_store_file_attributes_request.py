# Generated from openapi.yaml by make generate; do not edit.
"""``UpdateVectorStoreFileAttributesRequest``."""

from vectorstores_raw.models import UpdateVectorStoreFileAttributesRequest

__all__ = [
    "UpdateVectorStoreFileAttributesRequest",
]
