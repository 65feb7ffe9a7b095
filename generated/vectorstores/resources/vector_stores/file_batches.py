# Generated from openapi.yaml by make generate; do not edit.
"""``client.vector_stores.file_batches``: create, retrieve, cancel, list_files."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from types import ModuleType
from typing import TYPE_CHECKING, ClassVar, Literal

import httpx2
from vectorstores.lib.file_batches import AsyncFileBatchesHelpers, FileBatchesHelpers
from vectorstores_raw.api.vector_stores import cancel_vector_store_file_batch as _cancel_vector_store_file_batch
from vectorstores_raw.api.vector_stores import create_vector_store_file_batch as _create_vector_store_file_batch
from vectorstores_raw.api.vector_stores import get_vector_store_file_batch as _get_vector_store_file_batch
from vectorstores_raw.api.vector_stores import list_files_in_vector_store_batch as _list_files_in_vector_store_batch
from vectorstores_raw.models.vector_store_file import VectorStoreFile
from vectorstores_raw.models.vector_store_file_batch import VectorStoreFileBatch
from vectorstores_raw.types import NOT_GIVEN, Body, Headers, NotGiven, Omit, Query, SequenceNotStr, omit

from ..._resource import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ...pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage

if TYPE_CHECKING:  # the request types are for type checkers: importing them would slow every start
    from collections.abc import Iterable
    from typing import Literal

    from vectorstores.types.file_chunking_strategy_param import FileChunkingStrategyParam
    from vectorstores.types.vector_stores import file_batch_create_params

__all__ = [
    "AsyncFileBatches",
    "AsyncFileBatchesWithRawResponse",
    "AsyncFileBatchesWithStreamingResponse",
    "FileBatches",
    "FileBatchesWithRawResponse",
    "FileBatchesWithStreamingResponse",
]


class FileBatches(FileBatchesHelpers):
    """``client.vector_stores.file_batches``."""

    # Method name -> raw operation module: how hand-written helpers reach an operation's
    # request checks without naming a generated module (an older document may lack it).
    _operations: ClassVar[Mapping[str, ModuleType]] = {
        "create": _create_vector_store_file_batch,
        "retrieve": _get_vector_store_file_batch,
        "cancel": _cancel_vector_store_file_batch,
        "list_files": _list_files_in_vector_store_batch,
    }

    @cached_property
    def with_raw_response(self) -> FileBatchesWithRawResponse:
        """The same operations, each answering with the response rather than only its result."""
        return FileBatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FileBatchesWithStreamingResponse:
        """The same operations as context managers that leave the body unread until asked."""
        return FileBatchesWithStreamingResponse(self)

    def create(
        self,
        vector_store_id: str,
        *,
        file_ids: SequenceNotStr[str] | Omit = omit,
        files: Iterable[file_batch_create_params.File] | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        attributes: dict[str, str | float | bool] | None | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFileBatch:
        """The maximum number of files in a single batch request is 2000. Vector store file attach requests are rate
        limited per vector store (300 requests per minute across both this endpoint and
        `/vector_stores/{vector_store_id}/files`). For ingesting multiple files into the same vector store, this
        batch endpoint is recommended.

        Args:
            vector_store_id: The ID of the vector store for which to create a File Batch.
            file_ids: A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for
                tools like `file_search` that can access files.  If `attributes` or `chunking_strategy` are provided,
                they will be  applied to all files in the batch. The maximum batch size is 2000 files. This endpoint is
                recommended for multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually
                exclusive with `files`.
            files: A list of objects that each include a `file_id` plus optional `attributes` or
                `chunking_strategy`. Use this when you need to override metadata for specific files. The global
                `attributes` or `chunking_strategy` will be ignored and must be specified for each file. The maximum
                batch size is 2000 files. This endpoint is recommended for multi-file ingestion and helps reduce
                per-vector-store write request pressure. Mutually exclusive with `file_ids`.
            chunking_strategy: The chunking strategy used to chunk the file(s). If not set, will use the `auto`
                strategy.
            attributes: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
                additional information about the object in a structured format, and querying for objects via API or the
                dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum
                length of 512 characters, booleans, or numbers.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        return self._send(
            _create_vector_store_file_batch.request_options(
                vector_store_id,
                file_ids=file_ids,
                files=files,
                chunking_strategy=chunking_strategy,
                attributes=attributes,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _create_vector_store_file_batch.parse_response,
        )

    def retrieve(
        self,
        batch_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFileBatch:
        """Retrieves a vector store file batch.

        Args:
            batch_id: The ID of the file batch being retrieved.
            vector_store_id: The ID of the vector store that the file batch belongs to.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        return self._send(
            _get_vector_store_file_batch.request_options(
                batch_id,
                vector_store_id=vector_store_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _get_vector_store_file_batch.parse_response,
        )

    def cancel(
        self,
        batch_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFileBatch:
        """Cancel a vector store file batch. This attempts to cancel the processing of files in this batch as soon as
        possible.

        Args:
            batch_id: The ID of the file batch to cancel.
            vector_store_id: The ID of the vector store that the file batch belongs to.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        return self._send(
            _cancel_vector_store_file_batch.request_options(
                batch_id,
                vector_store_id=vector_store_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _cancel_vector_store_file_batch.parse_response,
        )

    def list_files(
        self,
        batch_id: str,
        *,
        vector_store_id: str,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        filter: Literal["cancelled", "completed", "failed", "in_progress"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[VectorStoreFile]:
        """Returns a list of vector store files in a batch.

        Args:
            batch_id: The ID of the file batch that the files belong to.
            vector_store_id: The ID of the vector store that the files belong to.
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
            filter: Filter by file status. One of `in_progress`, `completed`, `failed`, `cancelled`.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        return self._list(
            _list_files_in_vector_store_batch.request_options,
            {
                "batch_id": batch_id,
                "vector_store_id": vector_store_id,
                "limit": limit,
                "order": order,
                "after": after,
                "before": before,
                "filter": filter,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
            },
            _list_files_in_vector_store_batch.parse_response,
            SyncCursorPage[VectorStoreFile],
        )


class AsyncFileBatches(AsyncFileBatchesHelpers):
    """``client.vector_stores.file_batches`` on the asyncio client."""

    # Method name -> raw operation module: how hand-written helpers reach an operation's
    # request checks without naming a generated module (an older document may lack it).
    _operations: ClassVar[Mapping[str, ModuleType]] = {
        "create": _create_vector_store_file_batch,
        "retrieve": _get_vector_store_file_batch,
        "cancel": _cancel_vector_store_file_batch,
        "list_files": _list_files_in_vector_store_batch,
    }

    @cached_property
    def with_raw_response(self) -> AsyncFileBatchesWithRawResponse:
        """The same operations, each answering with the response rather than only its result."""
        return AsyncFileBatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFileBatchesWithStreamingResponse:
        """The same operations as context managers that leave the body unread until asked."""
        return AsyncFileBatchesWithStreamingResponse(self)

    async def create(
        self,
        vector_store_id: str,
        *,
        file_ids: SequenceNotStr[str] | Omit = omit,
        files: Iterable[file_batch_create_params.File] | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        attributes: dict[str, str | float | bool] | None | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFileBatch:
        """The maximum number of files in a single batch request is 2000. Vector store file attach requests are rate
        limited per vector store (300 requests per minute across both this endpoint and
        `/vector_stores/{vector_store_id}/files`). For ingesting multiple files into the same vector store, this
        batch endpoint is recommended.

        Args:
            vector_store_id: The ID of the vector store for which to create a File Batch.
            file_ids: A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for
                tools like `file_search` that can access files.  If `attributes` or `chunking_strategy` are provided,
                they will be  applied to all files in the batch. The maximum batch size is 2000 files. This endpoint is
                recommended for multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually
                exclusive with `files`.
            files: A list of objects that each include a `file_id` plus optional `attributes` or
                `chunking_strategy`. Use this when you need to override metadata for specific files. The global
                `attributes` or `chunking_strategy` will be ignored and must be specified for each file. The maximum
                batch size is 2000 files. This endpoint is recommended for multi-file ingestion and helps reduce
                per-vector-store write request pressure. Mutually exclusive with `file_ids`.
            chunking_strategy: The chunking strategy used to chunk the file(s). If not set, will use the `auto`
                strategy.
            attributes: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
                additional information about the object in a structured format, and querying for objects via API or the
                dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum
                length of 512 characters, booleans, or numbers.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        return await self._send(
            _create_vector_store_file_batch.request_options(
                vector_store_id,
                file_ids=file_ids,
                files=files,
                chunking_strategy=chunking_strategy,
                attributes=attributes,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _create_vector_store_file_batch.parse_response,
        )

    async def retrieve(
        self,
        batch_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFileBatch:
        """Retrieves a vector store file batch.

        Args:
            batch_id: The ID of the file batch being retrieved.
            vector_store_id: The ID of the vector store that the file batch belongs to.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        return await self._send(
            _get_vector_store_file_batch.request_options(
                batch_id,
                vector_store_id=vector_store_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _get_vector_store_file_batch.parse_response,
        )

    async def cancel(
        self,
        batch_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFileBatch:
        """Cancel a vector store file batch. This attempts to cancel the processing of files in this batch as soon as
        possible.

        Args:
            batch_id: The ID of the file batch to cancel.
            vector_store_id: The ID of the vector store that the file batch belongs to.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        return await self._send(
            _cancel_vector_store_file_batch.request_options(
                batch_id,
                vector_store_id=vector_store_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _cancel_vector_store_file_batch.parse_response,
        )

    def list_files(
        self,
        batch_id: str,
        *,
        vector_store_id: str,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        filter: Literal["cancelled", "completed", "failed", "in_progress"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[VectorStoreFile, AsyncCursorPage[VectorStoreFile]]:
        """Returns a list of vector store files in a batch.

        Args:
            batch_id: The ID of the file batch that the files belong to.
            vector_store_id: The ID of the vector store that the files belong to.
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
            filter: Filter by file status. One of `in_progress`, `completed`, `failed`, `cancelled`.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        return self._list(
            _list_files_in_vector_store_batch.request_options,
            {
                "batch_id": batch_id,
                "vector_store_id": vector_store_id,
                "limit": limit,
                "order": order,
                "after": after,
                "before": before,
                "filter": filter,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
            },
            _list_files_in_vector_store_batch.parse_response,
            AsyncCursorPage[VectorStoreFile],
        )


class FileBatchesWithRawResponse:
    """``client.vector_stores.file_batches.with_raw_response``: each operation answers with the response (``.parse()`` for the result)."""

    def __init__(self, file_batches: FileBatches) -> None:
        self._file_batches = file_batches
        self.create = to_raw_response_wrapper(file_batches.create)
        self.retrieve = to_raw_response_wrapper(file_batches.retrieve)
        self.cancel = to_raw_response_wrapper(file_batches.cancel)
        self.list_files = to_raw_response_wrapper(file_batches.list_files)


class AsyncFileBatchesWithRawResponse:
    """``client.vector_stores.file_batches.with_raw_response``: each operation answers with the response (``.parse()`` for the result)."""

    def __init__(self, file_batches: AsyncFileBatches) -> None:
        self._file_batches = file_batches
        self.create = async_to_raw_response_wrapper(file_batches.create)
        self.retrieve = async_to_raw_response_wrapper(file_batches.retrieve)
        self.cancel = async_to_raw_response_wrapper(file_batches.cancel)
        self.list_files = async_to_raw_response_wrapper(file_batches.list_files)


class FileBatchesWithStreamingResponse:
    """``client.vector_stores.file_batches.with_streaming_response``: each operation as a context manager around the response, its body read when asked."""

    def __init__(self, file_batches: FileBatches) -> None:
        self._file_batches = file_batches
        self.create = to_streamed_response_wrapper(file_batches.create)
        self.retrieve = to_streamed_response_wrapper(file_batches.retrieve)
        self.cancel = to_streamed_response_wrapper(file_batches.cancel)
        self.list_files = to_streamed_response_wrapper(file_batches.list_files)


class AsyncFileBatchesWithStreamingResponse:
    """``client.vector_stores.file_batches.with_streaming_response``: each operation as a context manager around the response, its body read when asked."""

    def __init__(self, file_batches: AsyncFileBatches) -> None:
        self._file_batches = file_batches
        self.create = async_to_streamed_response_wrapper(file_batches.create)
        self.retrieve = async_to_streamed_response_wrapper(file_batches.retrieve)
        self.cancel = async_to_streamed_response_wrapper(file_batches.cancel)
        self.list_files = async_to_streamed_response_wrapper(file_batches.list_files)
