# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreSearchResultContentObjectType``."""

from vectorstores_raw.models import VectorStoreSearchResultContentObjectType

__all__ = [
    "VectorStoreSearchResultContentObjectType",
]
