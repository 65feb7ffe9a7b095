# Generated from openapi.yaml by make generate; do not edit.
"""The client's resources (``client.files``, ``client.vector_stores``, ``client.responses``) and its views."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

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

__all__ = ["NAMES", "AsyncResources", "Resources"]

# Every resource attribute of the client (``beta`` included): what the module-level client serves.
NAMES = frozenset({"files", "vector_stores", "responses", "beta"})


class Resources:
    """What ``OpenAI`` offers: each resource made on first use."""

    @cached_property
    def files(self) -> Files:
        from .files import Files

        return Files(self)  # type: ignore[arg-type]  # mixed into OpenAI

    @cached_property
    def vector_stores(self) -> VectorStores:
        from .vector_stores.vector_stores import VectorStores

        return VectorStores(self)  # type: ignore[arg-type]  # mixed into OpenAI

    @cached_property
    def responses(self) -> Responses:
        from .responses.responses import Responses

        return Responses(self)  # type: ignore[arg-type]  # mixed into OpenAI

    @cached_property
    def with_raw_response(self) -> OpenAIWithRawResponse:
        """Every resource's operations answering with the response."""
        return OpenAIWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> OpenAIWithStreamingResponse:
        """Every resource's operations as context managers around the unread response."""
        return OpenAIWithStreamingResponse(self)


class OpenAIWithRawResponse:
    def __init__(self, client: Resources) -> None:
        self._client = client

    @cached_property
    def files(self) -> FilesWithRawResponse:
        return self._client.files.with_raw_response

    @cached_property
    def vector_stores(self) -> VectorStoresWithRawResponse:
        return self._client.vector_stores.with_raw_response

    @cached_property
    def responses(self) -> ResponsesWithRawResponse:
        return self._client.responses.with_raw_response


class OpenAIWithStreamingResponse:
    def __init__(self, client: Resources) -> None:
        self._client = client

    @cached_property
    def files(self) -> FilesWithStreamingResponse:
        return self._client.files.with_streaming_response

    @cached_property
    def vector_stores(self) -> VectorStoresWithStreamingResponse:
        return self._client.vector_stores.with_streaming_response

    @cached_property
    def responses(self) -> ResponsesWithStreamingResponse:
        return self._client.responses.with_streaming_response


class AsyncResources:
    """What ``AsyncOpenAI`` offers: each resource made on first use."""

    @cached_property
    def files(self) -> AsyncFiles:
        from .files import AsyncFiles

        return AsyncFiles(self)  # type: ignore[arg-type]  # mixed into AsyncOpenAI

    @cached_property
    def vector_stores(self) -> AsyncVectorStores:
        from .vector_stores.vector_stores import AsyncVectorStores

        return AsyncVectorStores(self)  # type: ignore[arg-type]  # mixed into AsyncOpenAI

    @cached_property
    def responses(self) -> AsyncResponses:
        from .responses.responses import AsyncResponses

        return AsyncResponses(self)  # type: ignore[arg-type]  # mixed into AsyncOpenAI

    @cached_property
    def with_raw_response(self) -> AsyncOpenAIWithRawResponse:
        """Every resource's operations answering with the response."""
        return AsyncOpenAIWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncOpenAIWithStreamingResponse:
        """Every resource's operations as context managers around the unread response."""
        return AsyncOpenAIWithStreamingResponse(self)


class AsyncOpenAIWithRawResponse:
    def __init__(self, client: AsyncResources) -> None:
        self._client = client

    @cached_property
    def files(self) -> AsyncFilesWithRawResponse:
        return self._client.files.with_raw_response

    @cached_property
    def vector_stores(self) -> AsyncVectorStoresWithRawResponse:
        return self._client.vector_stores.with_raw_response

    @cached_property
    def responses(self) -> AsyncResponsesWithRawResponse:
        return self._client.responses.with_raw_response


class AsyncOpenAIWithStreamingResponse:
    def __init__(self, client: AsyncResources) -> None:
        self._client = client

    @cached_property
    def files(self) -> AsyncFilesWithStreamingResponse:
        return self._client.files.with_streaming_response

    @cached_property
    def vector_stores(self) -> AsyncVectorStoresWithStreamingResponse:
        return self._client.vector_stores.with_streaming_response

    @cached_property
    def responses(self) -> AsyncResponsesWithStreamingResponse:
        return self._client.responses.with_streaming_response
