# Generated from openapi.yaml by make generate; do not edit.
"""The resource classes of ``client.vector_stores``, loaded on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .file_batches import (
        AsyncFileBatches,
        AsyncFileBatchesWithRawResponse,
        AsyncFileBatchesWithStreamingResponse,
        FileBatches,
        FileBatchesWithRawResponse,
        FileBatchesWithStreamingResponse,
    )
    from .files import (
        AsyncFiles,
        AsyncFilesWithRawResponse,
        AsyncFilesWithStreamingResponse,
        Files,
        FilesWithRawResponse,
        FilesWithStreamingResponse,
    )
    from .vector_stores import (
        AsyncVectorStores,
        AsyncVectorStoresWithRawResponse,
        AsyncVectorStoresWithStreamingResponse,
        VectorStores,
        VectorStoresWithRawResponse,
        VectorStoresWithStreamingResponse,
    )

_EXPORTS: dict[str, str] = {
    "VectorStores": "vector_stores",
    "VectorStoresWithRawResponse": "vector_stores",
    "VectorStoresWithStreamingResponse": "vector_stores",
    "AsyncVectorStores": "vector_stores",
    "AsyncVectorStoresWithRawResponse": "vector_stores",
    "AsyncVectorStoresWithStreamingResponse": "vector_stores",
    "Files": "files",
    "FilesWithRawResponse": "files",
    "FilesWithStreamingResponse": "files",
    "AsyncFiles": "files",
    "AsyncFilesWithRawResponse": "files",
    "AsyncFilesWithStreamingResponse": "files",
    "FileBatches": "file_batches",
    "FileBatchesWithRawResponse": "file_batches",
    "FileBatchesWithStreamingResponse": "file_batches",
    "AsyncFileBatches": "file_batches",
    "AsyncFileBatchesWithRawResponse": "file_batches",
    "AsyncFileBatchesWithStreamingResponse": "file_batches",
}

__all__ = [
    "AsyncFileBatches",
    "AsyncFileBatchesWithRawResponse",
    "AsyncFileBatchesWithStreamingResponse",
    "AsyncFiles",
    "AsyncFilesWithRawResponse",
    "AsyncFilesWithStreamingResponse",
    "AsyncVectorStores",
    "AsyncVectorStoresWithRawResponse",
    "AsyncVectorStoresWithStreamingResponse",
    "FileBatches",
    "FileBatchesWithRawResponse",
    "FileBatchesWithStreamingResponse",
    "Files",
    "FilesWithRawResponse",
    "FilesWithStreamingResponse",
    "VectorStores",
    "VectorStoresWithRawResponse",
    "VectorStoresWithStreamingResponse",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
