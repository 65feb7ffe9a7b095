# Generated from openapi.yaml by make generate; do not edit.
"""``client.vector_stores``: list, create, retrieve, update, delete, search."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from types import ModuleType
from typing import TYPE_CHECKING, ClassVar, Literal

import httpx2
from vectorstores.lib.sync import AsyncVectorStoresHelpers, VectorStoresHelpers
from vectorstores_raw.api.vector_stores import create_vector_store as _create_vector_store
from vectorstores_raw.api.vector_stores import delete_vector_store as _delete_vector_store
from vectorstores_raw.api.vector_stores import get_vector_store as _get_vector_store
from vectorstores_raw.api.vector_stores import list_vector_stores as _list_vector_stores
from vectorstores_raw.api.vector_stores import modify_vector_store as _modify_vector_store
from vectorstores_raw.api.vector_stores import search_vector_store as _search_vector_store
from vectorstores_raw.models.vector_store import VectorStore
from vectorstores_raw.models.vector_store_deleted import VectorStoreDeleted
from vectorstores_raw.models.vector_store_search_response import VectorStoreSearchResponse
from vectorstores_raw.types import NOT_GIVEN, Body, Headers, NotGiven, Omit, Query, SequenceNotStr, omit

from ..._resource import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ...pagination import AsyncCursorPage, AsyncPage, AsyncPaginator, SyncCursorPage, SyncPage

if TYPE_CHECKING:  # the request types are for type checkers: importing them would slow every start
    from typing import Literal

    from vectorstores.types import vector_store_create_params, vector_store_search_params, vector_store_update_params
    from vectorstores.types.file_chunking_strategy_param import FileChunkingStrategyParam
if TYPE_CHECKING:  # imported on first use: most programs touch only some resources
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

__all__ = [
    "AsyncVectorStores",
    "AsyncVectorStoresWithRawResponse",
    "AsyncVectorStoresWithStreamingResponse",
    "VectorStores",
    "VectorStoresWithRawResponse",
    "VectorStoresWithStreamingResponse",
]


class VectorStores(VectorStoresHelpers):
    """``client.vector_stores``."""

    # Method name -> raw operation module: how hand-written helpers reach an operation's
    # request checks without naming a generated module (an older document may lack it).
    _operations: ClassVar[Mapping[str, ModuleType]] = {
        "list": _list_vector_stores,
        "create": _create_vector_store,
        "retrieve": _get_vector_store,
        "update": _modify_vector_store,
        "delete": _delete_vector_store,
        "search": _search_vector_store,
    }

    @cached_property
    def with_raw_response(self) -> VectorStoresWithRawResponse:
        """The same operations, each answering with the response rather than only its result."""
        return VectorStoresWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> VectorStoresWithStreamingResponse:
        """The same operations as context managers that leave the body unread until asked."""
        return VectorStoresWithStreamingResponse(self)

    @cached_property
    def files(self) -> Files:
        from .files import Files

        return Files(self._client)

    @cached_property
    def file_batches(self) -> FileBatches:
        from .file_batches import FileBatches

        return FileBatches(self._client)

    def list(
        self,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[VectorStore]:
        """``GET /vector_stores``.

        ``extra_headers``, ``extra_query`` and ``extra_body`` are sent on top of what the
        arguments produce; ``timeout`` applies to this request only.
        """
        return self._list(
            _list_vector_stores.request_options,
            {
                "limit": limit,
                "order": order,
                "after": after,
                "before": before,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
            },
            _list_vector_stores.parse_response,
            SyncCursorPage[VectorStore],
        )

    def create(
        self,
        *,
        file_ids: SequenceNotStr[str] | Omit = omit,
        name: str | Omit = omit,
        description: str | Omit = omit,
        expires_after: vector_store_create_params.ExpiresAfter | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        metadata: dict[str, str] | None | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStore:
        """``POST /vector_stores``.

        ``extra_headers``, ``extra_query`` and ``extra_body`` are sent on top of what the
        arguments produce; ``timeout`` applies to this request only.
        """
        return self._send(
            _create_vector_store.request_options(
                file_ids=file_ids,
                name=name,
                description=description,
                expires_after=expires_after,
                chunking_strategy=chunking_strategy,
                metadata=metadata,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _create_vector_store.parse_response,
        )

    def retrieve(
        self,
        vector_store_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStore:
        """``GET /vector_stores/{vector_store_id}``.

        ``extra_headers``, ``extra_query`` and ``extra_body`` are sent on top of what the
        arguments produce; ``timeout`` applies to this request only.
        """
        return self._send(
            _get_vector_store.request_options(
                vector_store_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _get_vector_store.parse_response,
        )

    def update(
        self,
        vector_store_id: str,
        *,
        name: str | None | Omit = omit,
        expires_after: vector_store_update_params.ExpiresAfter | None | Omit = omit,
        metadata: dict[str, str] | None | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStore:
        """``POST /vector_stores/{vector_store_id}``.

        ``extra_headers``, ``extra_query`` and ``extra_body`` are sent on top of what the
        arguments produce; ``timeout`` applies to this request only.
        """
        return self._send(
            _modify_vector_store.request_options(
                vector_store_id,
                name=name,
                expires_after=expires_after,
                metadata=metadata,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _modify_vector_store.parse_response,
        )

    def delete(
        self,
        vector_store_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStoreDeleted:
        """``DELETE /vector_stores/{vector_store_id}``.

        ``extra_headers``, ``extra_query`` and ``extra_body`` are sent on top of what the
        arguments produce; ``timeout`` applies to this request only.
        """
        return self._send(
            _delete_vector_store.request_options(
                vector_store_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _delete_vector_store.parse_response,
        )

    def search(
        self,
        vector_store_id: str,
        *,
        query: str | SequenceNotStr[str],
        rewrite_query: bool | Omit = omit,
        max_num_results: int | Omit = omit,
        filters: vector_store_search_params.Filters | Omit = omit,
        ranking_options: vector_store_search_params.RankingOptions | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[VectorStoreSearchResponse]:
        """``POST /vector_stores/{vector_store_id}/search``.

        ``extra_headers``, ``extra_query`` and ``extra_body`` are sent on top of what the
        arguments produce; ``timeout`` applies to this request only.
        """
        return self._list(
            _search_vector_store.request_options,
            {
                "vector_store_id": vector_store_id,
                "query": query,
                "rewrite_query": rewrite_query,
                "max_num_results": max_num_results,
                "filters": filters,
                "ranking_options": ranking_options,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
            },
            _search_vector_store.parse_response,
            SyncPage[VectorStoreSearchResponse],
        )


class AsyncVectorStores(AsyncVectorStoresHelpers):
    """``client.vector_stores`` on the asyncio client."""

    # Method name -> raw operation module: how hand-written helpers reach an operation's
    # request checks without naming a generated module (an older document may lack it).
    _operations: ClassVar[Mapping[str, ModuleType]] = {
        "list": _list_vector_stores,
        "create": _create_vector_store,
        "retrieve": _get_vector_store,
        "update": _modify_vector_store,
        "delete": _delete_vector_store,
        "search": _search_vector_store,
    }

    @cached_property
    def with_raw_response(self) -> AsyncVectorStoresWithRawResponse:
        """The same operations, each answering with the response rather than only its result."""
        return AsyncVectorStoresWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncVectorStoresWithStreamingResponse:
        """The same operations as context managers that leave the body unread until asked."""
        return AsyncVectorStoresWithStreamingResponse(self)

    @cached_property
    def files(self) -> AsyncFiles:
        from .files import AsyncFiles

        return AsyncFiles(self._client)

    @cached_property
    def file_batches(self) -> AsyncFileBatches:
        from .file_batches import AsyncFileBatches

        return AsyncFileBatches(self._client)

    def list(
        self,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[VectorStore, AsyncCursorPage[VectorStore]]:
        """``GET /vector_stores``.

        ``extra_headers``, ``extra_query`` and ``extra_body`` are sent on top of what the
        arguments produce; ``timeout`` applies to this request only.
        """
        return self._list(
            _list_vector_stores.request_options,
            {
                "limit": limit,
                "order": order,
                "after": after,
                "before": before,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
            },
            _list_vector_stores.parse_response,
            AsyncCursorPage[VectorStore],
        )

    async def create(
        self,
        *,
        file_ids: SequenceNotStr[str] | Omit = omit,
        name: str | Omit = omit,
        description: str | Omit = omit,
        expires_after: vector_store_create_params.ExpiresAfter | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        metadata: dict[str, str] | None | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStore:
        """``POST /vector_stores``.

        ``extra_headers``, ``extra_query`` and ``extra_body`` are sent on top of what the
        arguments produce; ``timeout`` applies to this request only.
        """
        return await self._send(
            _create_vector_store.request_options(
                file_ids=file_ids,
                name=name,
                description=description,
                expires_after=expires_after,
                chunking_strategy=chunking_strategy,
                metadata=metadata,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _create_vector_store.parse_response,
        )

    async def retrieve(
        self,
        vector_store_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStore:
        """``GET /vector_stores/{vector_store_id}``.

        ``extra_headers``, ``extra_query`` and ``extra_body`` are sent on top of what the
        arguments produce; ``timeout`` applies to this request only.
        """
        return await self._send(
            _get_vector_store.request_options(
                vector_store_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _get_vector_store.parse_response,
        )

    async def update(
        self,
        vector_store_id: str,
        *,
        name: str | None | Omit = omit,
        expires_after: vector_store_update_params.ExpiresAfter | None | Omit = omit,
        metadata: dict[str, str] | None | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStore:
        """``POST /vector_stores/{vector_store_id}``.

        ``extra_headers``, ``extra_query`` and ``extra_body`` are sent on top of what the
        arguments produce; ``timeout`` applies to this request only.
        """
        return await self._send(
            _modify_vector_store.request_options(
                vector_store_id,
                name=name,
                expires_after=expires_after,
                metadata=metadata,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _modify_vector_store.parse_response,
        )

    async def delete(
        self,
        vector_store_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStoreDeleted:
        """``DELETE /vector_stores/{vector_store_id}``.

        ``extra_headers``, ``extra_query`` and ``extra_body`` are sent on top of what the
        arguments produce; ``timeout`` applies to this request only.
        """
        return await self._send(
            _delete_vector_store.request_options(
                vector_store_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _delete_vector_store.parse_response,
        )

    def search(
        self,
        vector_store_id: str,
        *,
        query: str | SequenceNotStr[str],
        rewrite_query: bool | Omit = omit,
        max_num_results: int | Omit = omit,
        filters: vector_store_search_params.Filters | Omit = omit,
        ranking_options: vector_store_search_params.RankingOptions | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[VectorStoreSearchResponse, AsyncPage[VectorStoreSearchResponse]]:
        """``POST /vector_stores/{vector_store_id}/search``.

        ``extra_headers``, ``extra_query`` and ``extra_body`` are sent on top of what the
        arguments produce; ``timeout`` applies to this request only.
        """
        return self._list(
            _search_vector_store.request_options,
            {
                "vector_store_id": vector_store_id,
                "query": query,
                "rewrite_query": rewrite_query,
                "max_num_results": max_num_results,
                "filters": filters,
                "ranking_options": ranking_options,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
            },
            _search_vector_store.parse_response,
            AsyncPage[VectorStoreSearchResponse],
        )


class VectorStoresWithRawResponse:
    """``client.vector_stores.with_raw_response``: each operation answers with the response (``.parse()`` for the result)."""

    def __init__(self, vector_stores: VectorStores) -> None:
        self._vector_stores = vector_stores
        self.list = to_raw_response_wrapper(vector_stores.list)
        self.create = to_raw_response_wrapper(vector_stores.create)
        self.retrieve = to_raw_response_wrapper(vector_stores.retrieve)
        self.update = to_raw_response_wrapper(vector_stores.update)
        self.delete = to_raw_response_wrapper(vector_stores.delete)
        self.search = to_raw_response_wrapper(vector_stores.search)

    @cached_property
    def files(self) -> FilesWithRawResponse:
        from .files import FilesWithRawResponse

        return FilesWithRawResponse(self._vector_stores.files)

    @cached_property
    def file_batches(self) -> FileBatchesWithRawResponse:
        from .file_batches import FileBatchesWithRawResponse

        return FileBatchesWithRawResponse(self._vector_stores.file_batches)


class AsyncVectorStoresWithRawResponse:
    """``client.vector_stores.with_raw_response``: each operation answers with the response (``.parse()`` for the result)."""

    def __init__(self, vector_stores: AsyncVectorStores) -> None:
        self._vector_stores = vector_stores
        self.list = async_to_raw_response_wrapper(vector_stores.list)
        self.create = async_to_raw_response_wrapper(vector_stores.create)
        self.retrieve = async_to_raw_response_wrapper(vector_stores.retrieve)
        self.update = async_to_raw_response_wrapper(vector_stores.update)
        self.delete = async_to_raw_response_wrapper(vector_stores.delete)
        self.search = async_to_raw_response_wrapper(vector_stores.search)

    @cached_property
    def files(self) -> AsyncFilesWithRawResponse:
        from .files import AsyncFilesWithRawResponse

        return AsyncFilesWithRawResponse(self._vector_stores.files)

    @cached_property
    def file_batches(self) -> AsyncFileBatchesWithRawResponse:
        from .file_batches import AsyncFileBatchesWithRawResponse

        return AsyncFileBatchesWithRawResponse(self._vector_stores.file_batches)


class VectorStoresWithStreamingResponse:
    """``client.vector_stores.with_streaming_response``: each operation as a context manager around the response, its body read when asked."""

    def __init__(self, vector_stores: VectorStores) -> None:
        self._vector_stores = vector_stores
        self.list = to_streamed_response_wrapper(vector_stores.list)
        self.create = to_streamed_response_wrapper(vector_stores.create)
        self.retrieve = to_streamed_response_wrapper(vector_stores.retrieve)
        self.update = to_streamed_response_wrapper(vector_stores.update)
        self.delete = to_streamed_response_wrapper(vector_stores.delete)
        self.search = to_streamed_response_wrapper(vector_stores.search)

    @cached_property
    def files(self) -> FilesWithStreamingResponse:
        from .files import FilesWithStreamingResponse

        return FilesWithStreamingResponse(self._vector_stores.files)

    @cached_property
    def file_batches(self) -> FileBatchesWithStreamingResponse:
        from .file_batches import FileBatchesWithStreamingResponse

        return FileBatchesWithStreamingResponse(self._vector_stores.file_batches)


class AsyncVectorStoresWithStreamingResponse:
    """``client.vector_stores.with_streaming_response``: each operation as a context manager around the response, its body read when asked."""

    def __init__(self, vector_stores: AsyncVectorStores) -> None:
        self._vector_stores = vector_stores
        self.list = async_to_streamed_response_wrapper(vector_stores.list)
        self.create = async_to_streamed_response_wrapper(vector_stores.create)
        self.retrieve = async_to_streamed_response_wrapper(vector_stores.retrieve)
        self.update = async_to_streamed_response_wrapper(vector_stores.update)
        self.delete = async_to_streamed_response_wrapper(vector_stores.delete)
        self.search = async_to_streamed_response_wrapper(vector_stores.search)

    @cached_property
    def files(self) -> AsyncFilesWithStreamingResponse:
        from .files import AsyncFilesWithStreamingResponse

        return AsyncFilesWithStreamingResponse(self._vector_stores.files)

    @cached_property
    def file_batches(self) -> AsyncFileBatchesWithStreamingResponse:
        from .file_batches import AsyncFileBatchesWithStreamingResponse

        return AsyncFileBatchesWithStreamingResponse(self._vector_stores.file_batches)
