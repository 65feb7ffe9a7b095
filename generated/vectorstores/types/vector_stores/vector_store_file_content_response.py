# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreFileContentResponse`` and the types its fields name."""

from vectorstores_raw.models import (
    FileContentResponse,
    VectorStoreFileContentResponse,
    VectorStoreFileContentResponseObject,
)

__all__ = [
    "FileContentResponse",
    "VectorStoreFileContentResponse",
    "VectorStoreFileContentResponseObject",
]
