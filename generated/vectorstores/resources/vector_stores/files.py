# Generated from openapi.yaml by make generate; do not edit.
"""``client.vector_stores.files``: list, create, retrieve, update, delete, content."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from types import ModuleType
from typing import TYPE_CHECKING, ClassVar, Literal

import httpx2
from vectorstores.lib.vector_store_files import AsyncFilesHelpers, FilesHelpers
from vectorstores_raw.api.vector_stores import create_vector_store_file as _create_vector_store_file
from vectorstores_raw.api.vector_stores import delete_vector_store_file as _delete_vector_store_file
from vectorstores_raw.api.vector_stores import get_vector_store_file as _get_vector_store_file
from vectorstores_raw.api.vector_stores import list_vector_store_files as _list_vector_store_files
from vectorstores_raw.api.vector_stores import retrieve_vector_store_file_content as _retrieve_vector_store_file_content
from vectorstores_raw.api.vector_stores import (
    update_vector_store_file_attributes as _update_vector_store_file_attributes,
)
from vectorstores_raw.models.file_content_response import FileContentResponse
from vectorstores_raw.models.vector_store_file import VectorStoreFile
from vectorstores_raw.models.vector_store_file_deleted import VectorStoreFileDeleted
from vectorstores_raw.types import NOT_GIVEN, Body, Headers, NotGiven, Omit, Query, omit

from ..._resource import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ...pagination import AsyncCursorPage, AsyncPage, AsyncPaginator, SyncCursorPage, SyncPage

if TYPE_CHECKING:  # the request types are for type checkers: importing them would slow every start
    from typing import Literal

    from vectorstores.types.file_chunking_strategy_param import FileChunkingStrategyParam

__all__ = [
    "AsyncFiles",
    "AsyncFilesWithRawResponse",
    "AsyncFilesWithStreamingResponse",
    "Files",
    "FilesWithRawResponse",
    "FilesWithStreamingResponse",
]


class Files(FilesHelpers):
    """``client.vector_stores.files``."""

    # Method name -> raw operation module: how hand-written helpers reach an operation's
    # request checks without naming a generated module (an older document may lack it).
    _operations: ClassVar[Mapping[str, ModuleType]] = {
        "list": _list_vector_store_files,
        "create": _create_vector_store_file,
        "retrieve": _get_vector_store_file,
        "update": _update_vector_store_file_attributes,
        "delete": _delete_vector_store_file,
        "content": _retrieve_vector_store_file_content,
    }

    @cached_property
    def with_raw_response(self) -> FilesWithRawResponse:
        """The same operations, each answering with the response rather than only its result."""
        return FilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FilesWithStreamingResponse:
        """The same operations as context managers that leave the body unread until asked."""
        return FilesWithStreamingResponse(self)

    def list(
        self,
        vector_store_id: str,
        *,
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
        """Returns a list of vector store files.

        Args:
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
            _list_vector_store_files.request_options,
            {
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
            _list_vector_store_files.parse_response,
            SyncCursorPage[VectorStoreFile],
        )

    def create(
        self,
        vector_store_id: str,
        *,
        file_id: str,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        attributes: dict[str, str | float | bool] | None | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFile:
        """This endpoint is subject to a per-vector-store write rate limit of 300 requests per minute, shared with
        `/vector_stores/{vector_store_id}/file_batches`. For uploading multiple files to the same vector store, use
        the file batches endpoint to reduce request volume.

        Args:
            vector_store_id: The ID of the vector store for which to create a File.
            file_id: A [File](/docs/api-reference/files) ID that the vector store should use. Useful for tools like
                `file_search` that can access files. For multi-file ingestion, we recommend
                [`file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch) to minimize
                per-vector-store write requests.
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
            _create_vector_store_file.request_options(
                vector_store_id,
                file_id=file_id,
                chunking_strategy=chunking_strategy,
                attributes=attributes,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _create_vector_store_file.parse_response,
        )

    def retrieve(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFile:
        """Retrieves a vector store file.

        Args:
            file_id: The ID of the file being retrieved.
            vector_store_id: The ID of the vector store that the file belongs to.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        return self._send(
            _get_vector_store_file.request_options(
                file_id,
                vector_store_id=vector_store_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _get_vector_store_file.parse_response,
        )

    def update(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        attributes: dict[str, str | float | bool] | None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFile:
        """Update attributes on a vector store file.

        Args:
            file_id: The ID of the file to update attributes.
            vector_store_id: The ID of the vector store the file belongs to.
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
            _update_vector_store_file_attributes.request_options(
                file_id,
                vector_store_id=vector_store_id,
                attributes=attributes,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _update_vector_store_file_attributes.parse_response,
        )

    def delete(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFileDeleted:
        """Delete a vector store file. This will remove the file from the vector store but the file itself will not be
        deleted. To delete the file, use the [delete file](/docs/api-reference/files/delete) endpoint.

        Args:
            file_id: The ID of the file to delete.
            vector_store_id: The ID of the vector store that the file belongs to.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        return self._send(
            _delete_vector_store_file.request_options(
                file_id,
                vector_store_id=vector_store_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _delete_vector_store_file.parse_response,
        )

    def content(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[FileContentResponse]:
        """Retrieve the parsed contents of a vector store file.

        Args:
            file_id: The ID of the file within the vector store.
            vector_store_id: The ID of the vector store.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        return self._list(
            _retrieve_vector_store_file_content.request_options,
            {
                "file_id": file_id,
                "vector_store_id": vector_store_id,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
            },
            _retrieve_vector_store_file_content.parse_response,
            SyncPage[FileContentResponse],
        )


class AsyncFiles(AsyncFilesHelpers):
    """``client.vector_stores.files`` on the asyncio client."""

    # Method name -> raw operation module: how hand-written helpers reach an operation's
    # request checks without naming a generated module (an older document may lack it).
    _operations: ClassVar[Mapping[str, ModuleType]] = {
        "list": _list_vector_store_files,
        "create": _create_vector_store_file,
        "retrieve": _get_vector_store_file,
        "update": _update_vector_store_file_attributes,
        "delete": _delete_vector_store_file,
        "content": _retrieve_vector_store_file_content,
    }

    @cached_property
    def with_raw_response(self) -> AsyncFilesWithRawResponse:
        """The same operations, each answering with the response rather than only its result."""
        return AsyncFilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFilesWithStreamingResponse:
        """The same operations as context managers that leave the body unread until asked."""
        return AsyncFilesWithStreamingResponse(self)

    def list(
        self,
        vector_store_id: str,
        *,
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
        """Returns a list of vector store files.

        Args:
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
            _list_vector_store_files.request_options,
            {
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
            _list_vector_store_files.parse_response,
            AsyncCursorPage[VectorStoreFile],
        )

    async def create(
        self,
        vector_store_id: str,
        *,
        file_id: str,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        attributes: dict[str, str | float | bool] | None | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFile:
        """This endpoint is subject to a per-vector-store write rate limit of 300 requests per minute, shared with
        `/vector_stores/{vector_store_id}/file_batches`. For uploading multiple files to the same vector store, use
        the file batches endpoint to reduce request volume.

        Args:
            vector_store_id: The ID of the vector store for which to create a File.
            file_id: A [File](/docs/api-reference/files) ID that the vector store should use. Useful for tools like
                `file_search` that can access files. For multi-file ingestion, we recommend
                [`file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch) to minimize
                per-vector-store write requests.
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
            _create_vector_store_file.request_options(
                vector_store_id,
                file_id=file_id,
                chunking_strategy=chunking_strategy,
                attributes=attributes,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _create_vector_store_file.parse_response,
        )

    async def retrieve(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFile:
        """Retrieves a vector store file.

        Args:
            file_id: The ID of the file being retrieved.
            vector_store_id: The ID of the vector store that the file belongs to.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        return await self._send(
            _get_vector_store_file.request_options(
                file_id,
                vector_store_id=vector_store_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _get_vector_store_file.parse_response,
        )

    async def update(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        attributes: dict[str, str | float | bool] | None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFile:
        """Update attributes on a vector store file.

        Args:
            file_id: The ID of the file to update attributes.
            vector_store_id: The ID of the vector store the file belongs to.
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
            _update_vector_store_file_attributes.request_options(
                file_id,
                vector_store_id=vector_store_id,
                attributes=attributes,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _update_vector_store_file_attributes.parse_response,
        )

    async def delete(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFileDeleted:
        """Delete a vector store file. This will remove the file from the vector store but the file itself will not be
        deleted. To delete the file, use the [delete file](/docs/api-reference/files/delete) endpoint.

        Args:
            file_id: The ID of the file to delete.
            vector_store_id: The ID of the vector store that the file belongs to.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        return await self._send(
            _delete_vector_store_file.request_options(
                file_id,
                vector_store_id=vector_store_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _delete_vector_store_file.parse_response,
        )

    def content(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[FileContentResponse, AsyncPage[FileContentResponse]]:
        """Retrieve the parsed contents of a vector store file.

        Args:
            file_id: The ID of the file within the vector store.
            vector_store_id: The ID of the vector store.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        return self._list(
            _retrieve_vector_store_file_content.request_options,
            {
                "file_id": file_id,
                "vector_store_id": vector_store_id,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
            },
            _retrieve_vector_store_file_content.parse_response,
            AsyncPage[FileContentResponse],
        )


class FilesWithRawResponse:
    """``client.vector_stores.files.with_raw_response``: each operation answers with the response (``.parse()`` for the result)."""

    def __init__(self, files: Files) -> None:
        self._files = files
        self.list = to_raw_response_wrapper(files.list)
        self.create = to_raw_response_wrapper(files.create)
        self.retrieve = to_raw_response_wrapper(files.retrieve)
        self.update = to_raw_response_wrapper(files.update)
        self.delete = to_raw_response_wrapper(files.delete)
        self.content = to_raw_response_wrapper(files.content)


class AsyncFilesWithRawResponse:
    """``client.vector_stores.files.with_raw_response``: each operation answers with the response (``.parse()`` for the result)."""

    def __init__(self, files: AsyncFiles) -> None:
        self._files = files
        self.list = async_to_raw_response_wrapper(files.list)
        self.create = async_to_raw_response_wrapper(files.create)
        self.retrieve = async_to_raw_response_wrapper(files.retrieve)
        self.update = async_to_raw_response_wrapper(files.update)
        self.delete = async_to_raw_response_wrapper(files.delete)
        self.content = async_to_raw_response_wrapper(files.content)


class FilesWithStreamingResponse:
    """``client.vector_stores.files.with_streaming_response``: each operation as a context manager around the response, its body read when asked."""

    def __init__(self, files: Files) -> None:
        self._files = files
        self.list = to_streamed_response_wrapper(files.list)
        self.create = to_streamed_response_wrapper(files.create)
        self.retrieve = to_streamed_response_wrapper(files.retrieve)
        self.update = to_streamed_response_wrapper(files.update)
        self.delete = to_streamed_response_wrapper(files.delete)
        self.content = to_streamed_response_wrapper(files.content)


class AsyncFilesWithStreamingResponse:
    """``client.vector_stores.files.with_streaming_response``: each operation as a context manager around the response, its body read when asked."""

    def __init__(self, files: AsyncFiles) -> None:
        self._files = files
        self.list = async_to_streamed_response_wrapper(files.list)
        self.create = async_to_streamed_response_wrapper(files.create)
        self.retrieve = async_to_streamed_response_wrapper(files.retrieve)
        self.update = async_to_streamed_response_wrapper(files.update)
        self.delete = async_to_streamed_response_wrapper(files.delete)
        self.content = async_to_streamed_response_wrapper(files.content)
