# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreFileContentResponse`` and the types its fields name."""

from vectorstores_raw.models import (
    FileContentResponse,
    VectorStoreFileContentResponse,
    VectorStoreFileContentResponseObject,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Data = FileContentResponse

__all__ = [
    "Data",
    "FileContentResponse",
    "VectorStoreFileContentResponse",
    "VectorStoreFileContentResponseObject",
]
