# Generated from openapi.yaml by make generate; do not edit.
"""``client.files``: list, create, retrieve, delete, content."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from types import ModuleType
from typing import TYPE_CHECKING, ClassVar, Literal

import httpx2
from vectorstores.lib._files import AsyncFilesHelpers, FilesHelpers
from vectorstores_raw.api.files import create_file as _create_file
from vectorstores_raw.api.files import delete_file as _delete_file
from vectorstores_raw.api.files import download_file as _download_file
from vectorstores_raw.api.files import list_files as _list_files
from vectorstores_raw.api.files import retrieve_file as _retrieve_file
from vectorstores_raw.models.file_deleted import FileDeleted
from vectorstores_raw.models.file_object import FileObject
from vectorstores_raw.types import NOT_GIVEN, Body, Headers, NotGiven, Omit, Query, omit

from .._resource import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._response import HttpxBinaryResponseContent
from .._uploads import FileTypes, opened
from ..pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage

if TYPE_CHECKING:  # the request types are for type checkers: importing them would slow every start
    from typing import Literal

    from vectorstores.types import file_create_params

__all__ = [
    "AsyncFiles",
    "AsyncFilesWithRawResponse",
    "AsyncFilesWithStreamingResponse",
    "Files",
    "FilesWithRawResponse",
    "FilesWithStreamingResponse",
]


class Files(FilesHelpers):
    """``client.files``."""

    # Method name -> raw operation module: how hand-written helpers reach an operation's
    # request checks without naming a generated module (an older document may lack it).
    _operations: ClassVar[Mapping[str, ModuleType]] = {
        "list": _list_files,
        "create": _create_file,
        "retrieve": _retrieve_file,
        "delete": _delete_file,
        "content": _download_file,
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
        *,
        purpose: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[FileObject]:
        """Returns a list of files.

        Args:
            purpose: Only return files with the given purpose.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 10,000, and the
                default is 10,000.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for
                descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For
                instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call
                can include after=obj_foo in order to fetch the next page of the list.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        return self._list(
            _list_files.request_options,
            {
                "purpose": purpose,
                "limit": limit,
                "order": order,
                "after": after,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
            },
            _list_files.parse_response,
            SyncCursorPage[FileObject],
        )

    def create(
        self,
        *,
        file: FileTypes,
        purpose: Literal["assistants", "batch", "evals", "fine-tune", "user_data", "vision"],
        expires_after: file_create_params.ExpiresAfter | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FileObject:
        """Upload a file that can be used across various endpoints. Individual files can be up to 512 MB, and each
        project can store up to 2.5 TB of files in total. There is no organization-wide storage limit. Uploads to
        this endpoint are rate-limited to 1,000 requests per minute per authenticated user.

        - The Assistants API supports files up to 2 million tokens and of specific file types. See the [Assistants
          Tools guide](/docs/assistants/tools) for details.
        - The Fine-tuning API only supports `.jsonl` files. The input also has certain required formats for
          fine-tuning [chat](/docs/api-reference/fine-tuning/chat-input) or
          [completions](/docs/api-reference/fine-tuning/completions-input) models.
        - The Batch API only supports `.jsonl` files up to 200 MB in size. The input also has a specific required
          [format](/docs/api-reference/batch/request-input).
        - For Retrieval or `file_search` ingestion, upload files here first. If you need to attach multiple uploaded
          files to the same vector store, use
          [`/vector_stores/{vector_store_id}/file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch)
          instead of attaching them one by one. Vector store attachment has separate limits from file upload,
          including 2,000 attached files per minute per organization.

        Please [contact us](https://help.openai.com/) if you need to increase these storage limits.

        Args:
            file: The File object (not file name) to be uploaded.
            purpose: The intended purpose of the uploaded file. One of:

                - `assistants`: Used in the Assistants API
                - `batch`: Used in the Batch API
                - `fine-tune`: Used for fine-tuning
                - `vision`: Images used for vision fine-tuning
                - `user_data`: Flexible file type for any purpose
                - `evals`: Used for eval data sets
            expires_after: The expiration policy for a file. By default, files with `purpose=batch` expire after 30
                days and all other files are persisted until they are manually deleted.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        with opened(file) as _file:
            return self._send(
                _create_file.request_options(
                    file=_file,
                    purpose=purpose,
                    expires_after=expires_after,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
                _create_file.parse_response,
            )

    def retrieve(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FileObject:
        """Returns information about a specific file.

        Args:
            file_id: The ID of the file to use for this request.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        return self._send(
            _retrieve_file.request_options(
                file_id, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            _retrieve_file.parse_response,
        )

    def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FileDeleted:
        """Delete a file and remove it from all vector stores.

        Args:
            file_id: The ID of the file to use for this request.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        return self._send(
            _delete_file.request_options(
                file_id, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            _delete_file.parse_response,
        )

    def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> HttpxBinaryResponseContent:
        """Returns a response containing the contents of the specified file.

        Args:
            file_id: The ID of the file to use for this request.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        return self._send_binary(
            _download_file.request_options(
                file_id, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            )
        )


class AsyncFiles(AsyncFilesHelpers):
    """``client.files`` on the asyncio client."""

    # Method name -> raw operation module: how hand-written helpers reach an operation's
    # request checks without naming a generated module (an older document may lack it).
    _operations: ClassVar[Mapping[str, ModuleType]] = {
        "list": _list_files,
        "create": _create_file,
        "retrieve": _retrieve_file,
        "delete": _delete_file,
        "content": _download_file,
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
        *,
        purpose: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[FileObject, AsyncCursorPage[FileObject]]:
        """Returns a list of files.

        Args:
            purpose: Only return files with the given purpose.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 10,000, and the
                default is 10,000.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for
                descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For
                instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call
                can include after=obj_foo in order to fetch the next page of the list.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        return self._list(
            _list_files.request_options,
            {
                "purpose": purpose,
                "limit": limit,
                "order": order,
                "after": after,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
            },
            _list_files.parse_response,
            AsyncCursorPage[FileObject],
        )

    async def create(
        self,
        *,
        file: FileTypes,
        purpose: Literal["assistants", "batch", "evals", "fine-tune", "user_data", "vision"],
        expires_after: file_create_params.ExpiresAfter | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FileObject:
        """Upload a file that can be used across various endpoints. Individual files can be up to 512 MB, and each
        project can store up to 2.5 TB of files in total. There is no organization-wide storage limit. Uploads to
        this endpoint are rate-limited to 1,000 requests per minute per authenticated user.

        - The Assistants API supports files up to 2 million tokens and of specific file types. See the [Assistants
          Tools guide](/docs/assistants/tools) for details.
        - The Fine-tuning API only supports `.jsonl` files. The input also has certain required formats for
          fine-tuning [chat](/docs/api-reference/fine-tuning/chat-input) or
          [completions](/docs/api-reference/fine-tuning/completions-input) models.
        - The Batch API only supports `.jsonl` files up to 200 MB in size. The input also has a specific required
          [format](/docs/api-reference/batch/request-input).
        - For Retrieval or `file_search` ingestion, upload files here first. If you need to attach multiple uploaded
          files to the same vector store, use
          [`/vector_stores/{vector_store_id}/file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch)
          instead of attaching them one by one. Vector store attachment has separate limits from file upload,
          including 2,000 attached files per minute per organization.

        Please [contact us](https://help.openai.com/) if you need to increase these storage limits.

        Args:
            file: The File object (not file name) to be uploaded.
            purpose: The intended purpose of the uploaded file. One of:

                - `assistants`: Used in the Assistants API
                - `batch`: Used in the Batch API
                - `fine-tune`: Used for fine-tuning
                - `vision`: Images used for vision fine-tuning
                - `user_data`: Flexible file type for any purpose
                - `evals`: Used for eval data sets
            expires_after: The expiration policy for a file. By default, files with `purpose=batch` expire after 30
                days and all other files are persisted until they are manually deleted.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        with opened(file) as _file:
            return await self._send(
                _create_file.request_options(
                    file=_file,
                    purpose=purpose,
                    expires_after=expires_after,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
                _create_file.parse_response,
            )

    async def retrieve(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FileObject:
        """Returns information about a specific file.

        Args:
            file_id: The ID of the file to use for this request.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        return await self._send(
            _retrieve_file.request_options(
                file_id, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            _retrieve_file.parse_response,
        )

    async def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FileDeleted:
        """Delete a file and remove it from all vector stores.

        Args:
            file_id: The ID of the file to use for this request.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        return await self._send(
            _delete_file.request_options(
                file_id, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            _delete_file.parse_response,
        )

    async def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> HttpxBinaryResponseContent:
        """Returns a response containing the contents of the specified file.

        Args:
            file_id: The ID of the file to use for this request.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        return await self._send_binary(
            _download_file.request_options(
                file_id, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            )
        )


class FilesWithRawResponse:
    """``client.files.with_raw_response``: each operation answers with the response (``.parse()`` for the result)."""

    def __init__(self, files: Files) -> None:
        self._files = files
        self.list = to_raw_response_wrapper(files.list)
        self.create = to_raw_response_wrapper(files.create)
        self.retrieve = to_raw_response_wrapper(files.retrieve)
        self.delete = to_raw_response_wrapper(files.delete)
        self.content = to_raw_response_wrapper(files.content)
        self.retrieve_content = to_raw_response_wrapper(files.retrieve_content)


class AsyncFilesWithRawResponse:
    """``client.files.with_raw_response``: each operation answers with the response (``.parse()`` for the result)."""

    def __init__(self, files: AsyncFiles) -> None:
        self._files = files
        self.list = async_to_raw_response_wrapper(files.list)
        self.create = async_to_raw_response_wrapper(files.create)
        self.retrieve = async_to_raw_response_wrapper(files.retrieve)
        self.delete = async_to_raw_response_wrapper(files.delete)
        self.content = async_to_raw_response_wrapper(files.content)
        self.retrieve_content = async_to_raw_response_wrapper(files.retrieve_content)


class FilesWithStreamingResponse:
    """``client.files.with_streaming_response``: each operation as a context manager around the response, its body read when asked."""

    def __init__(self, files: Files) -> None:
        self._files = files
        self.list = to_streamed_response_wrapper(files.list)
        self.create = to_streamed_response_wrapper(files.create)
        self.retrieve = to_streamed_response_wrapper(files.retrieve)
        self.delete = to_streamed_response_wrapper(files.delete)
        self.content = to_streamed_response_wrapper(files.content)
        self.retrieve_content = to_streamed_response_wrapper(files.retrieve_content)


class AsyncFilesWithStreamingResponse:
    """``client.files.with_streaming_response``: each operation as a context manager around the response, its body read when asked."""

    def __init__(self, files: AsyncFiles) -> None:
        self._files = files
        self.list = async_to_streamed_response_wrapper(files.list)
        self.create = async_to_streamed_response_wrapper(files.create)
        self.retrieve = async_to_streamed_response_wrapper(files.retrieve)
        self.delete = async_to_streamed_response_wrapper(files.delete)
        self.content = async_to_streamed_response_wrapper(files.content)
        self.retrieve_content = async_to_streamed_response_wrapper(files.retrieve_content)
