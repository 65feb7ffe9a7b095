# Generated from openapi.yaml by make generate; do not edit.
"""The resource classes, loaded on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .files import (
        AsyncFiles,
        AsyncFilesWithRawResponse,
        AsyncFilesWithStreamingResponse,
        Files,
        FilesWithRawResponse,
        FilesWithStreamingResponse,
    )
    from .responses.responses import (
        AsyncResponses,
        AsyncResponsesWithRawResponse,
        AsyncResponsesWithStreamingResponse,
        Responses,
        ResponsesWithRawResponse,
        ResponsesWithStreamingResponse,
    )
    from .vector_stores.vector_stores import (
        AsyncVectorStores,
        AsyncVectorStoresWithRawResponse,
        AsyncVectorStoresWithStreamingResponse,
        VectorStores,
        VectorStoresWithRawResponse,
        VectorStoresWithStreamingResponse,
    )

_EXPORTS: dict[str, str] = {
    "Files": "files",
    "FilesWithRawResponse": "files",
    "FilesWithStreamingResponse": "files",
    "AsyncFiles": "files",
    "AsyncFilesWithRawResponse": "files",
    "AsyncFilesWithStreamingResponse": "files",
    "VectorStores": "vector_stores.vector_stores",
    "VectorStoresWithRawResponse": "vector_stores.vector_stores",
    "VectorStoresWithStreamingResponse": "vector_stores.vector_stores",
    "AsyncVectorStores": "vector_stores.vector_stores",
    "AsyncVectorStoresWithRawResponse": "vector_stores.vector_stores",
    "AsyncVectorStoresWithStreamingResponse": "vector_stores.vector_stores",
    "Responses": "responses.responses",
    "ResponsesWithRawResponse": "responses.responses",
    "ResponsesWithStreamingResponse": "responses.responses",
    "AsyncResponses": "responses.responses",
    "AsyncResponsesWithRawResponse": "responses.responses",
    "AsyncResponsesWithStreamingResponse": "responses.responses",
}

__all__ = [
    "AsyncFiles",
    "AsyncFilesWithRawResponse",
    "AsyncFilesWithStreamingResponse",
    "AsyncResponses",
    "AsyncResponsesWithRawResponse",
    "AsyncResponsesWithStreamingResponse",
    "AsyncVectorStores",
    "AsyncVectorStoresWithRawResponse",
    "AsyncVectorStoresWithStreamingResponse",
    "Files",
    "FilesWithRawResponse",
    "FilesWithStreamingResponse",
    "Responses",
    "ResponsesWithRawResponse",
    "ResponsesWithStreamingResponse",
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
