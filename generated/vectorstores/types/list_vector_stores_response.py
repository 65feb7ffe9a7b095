# Generated from openapi.yaml by make generate; do not edit.
"""``ListVectorStoresResponse`` and the types its fields name."""

from vectorstores_raw.models import ListVectorStoresResponse, VectorStore

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Data = VectorStore

__all__ = [
    "Data",
    "ListVectorStoresResponse",
    "VectorStore",
]
