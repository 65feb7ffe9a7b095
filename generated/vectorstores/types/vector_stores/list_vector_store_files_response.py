# Generated from openapi.yaml by make generate; do not edit.
"""``ListVectorStoreFilesResponse`` and the types its fields name."""

from vectorstores_raw.models import ListVectorStoreFilesResponse, VectorStoreFile

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Data = VectorStoreFile

__all__ = [
    "Data",
    "ListVectorStoreFilesResponse",
    "VectorStoreFile",
]
