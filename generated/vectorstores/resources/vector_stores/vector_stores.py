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
        """Returns a list of vector stores.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the
                default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for
                descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For
                instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call
                can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list.
                For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent
                call can include before=obj_foo in order to fetch the previous page of the list.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
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
        """Create a vector store.

        Args:
            file_ids: A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for
                tools like `file_search` that can access files.
            name: The name of the vector store.
            description: A description for the vector store. Can be used to describe the vector store's purpose.
            expires_after: The expiration policy for a vector store.
            chunking_strategy: The chunking strategy used to chunk the file(s). If not set, will use the `auto`
                strategy. Only applicable if `file_ids` is non-empty.
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
                additional information about the object in a structured format, and querying for objects via API or the
                dashboard.

                Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
                characters.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
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
        """Retrieves a vector store.

        Args:
            vector_store_id: The ID of the vector store to retrieve.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
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
        """Modifies a vector store.

        Args:
            vector_store_id: The ID of the vector store to modify.
            name: The name of the vector store.
            expires_after: The expiration policy for a vector store.
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
                additional information about the object in a structured format, and querying for objects via API or the
                dashboard.

                Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
                characters.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
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
        """Delete a vector store.

        Args:
            vector_store_id: The ID of the vector store to delete.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
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
        """Search a vector store for relevant chunks based on a query and file attributes filter.

        Args:
            vector_store_id: The ID of the vector store to search.
            query: A query string for a search
            rewrite_query: Whether to rewrite the natural language query for vector search.
            max_num_results: The maximum number of results to return. This number should be between 1 and 50
                inclusive.
            filters: A filter to apply based on file attributes.
            ranking_options: Ranking options for search.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
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
        """Returns a list of vector stores.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the
                default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for
                descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For
                instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call
                can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list.
                For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent
                call can include before=obj_foo in order to fetch the previous page of the list.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
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
        """Create a vector store.

        Args:
            file_ids: A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for
                tools like `file_search` that can access files.
            name: The name of the vector store.
            description: A description for the vector store. Can be used to describe the vector store's purpose.
            expires_after: The expiration policy for a vector store.
            chunking_strategy: The chunking strategy used to chunk the file(s). If not set, will use the `auto`
                strategy. Only applicable if `file_ids` is non-empty.
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
                additional information about the object in a structured format, and querying for objects via API or the
                dashboard.

                Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
                characters.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
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
        """Retrieves a vector store.

        Args:
            vector_store_id: The ID of the vector store to retrieve.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
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
        """Modifies a vector store.

        Args:
            vector_store_id: The ID of the vector store to modify.
            name: The name of the vector store.
            expires_after: The expiration policy for a vector store.
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
                additional information about the object in a structured format, and querying for objects via API or the
                dashboard.

                Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
                characters.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
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
        """Delete a vector store.

        Args:
            vector_store_id: The ID of the vector store to delete.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
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
        """Search a vector store for relevant chunks based on a query and file attributes filter.

        Args:
            vector_store_id: The ID of the vector store to search.
            query: A query string for a search
            rewrite_query: Whether to rewrite the natural language query for vector search.
            max_num_results: The maximum number of results to return. This number should be between 1 and 50
                inclusive.
            filters: A filter to apply based on file attributes.
            ranking_options: Ranking options for search.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
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
