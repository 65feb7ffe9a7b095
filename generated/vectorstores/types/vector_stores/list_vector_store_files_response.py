# Generated from openapi.yaml by make generate; do not edit.
"""``ListVectorStoreFilesResponse`` and the types its fields name."""

from vectorstores_raw.models import ListVectorStoreFilesResponse, VectorStoreFile

__all__ = [
    "ListVectorStoreFilesResponse",
    "VectorStoreFile",
]
