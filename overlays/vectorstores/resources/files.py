"""``client.files``: upload, retrieve, list, delete, download."""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import Any

import httpx
from vectorstores_raw.api.files import create_file, delete_file, download_file, list_files, retrieve_file
from vectorstores_raw.models.file_expiration_policy import FileExpirationPolicy
from vectorstores_raw.models.file_object import FileObject
from vectorstores_raw.types import NOT_GIVEN, NotGiven, Omit, omit

from .._resource import AsyncResource, RawResponses, SyncResource, api, paginated, raw_responses
from .._uploads import FileTypes, opened

__all__ = ["AsyncFiles", "Files"]


class FilesWithRawResponse(RawResponses):
    """``client.files.with_raw_response``: each operation returns the response."""

    retrieve = api(retrieve_file.sync_detailed)
    delete = api(delete_file.sync_detailed)
    content = api(download_file.sync_detailed)
    list = api(list_files.sync_detailed)


class Files(SyncResource):
    """Files uploaded to the API (``purpose="assistants"`` for vector stores)."""

    with_raw_response = raw_responses(FilesWithRawResponse)

    retrieve = api(retrieve_file.sync)
    list = paginated(list_files.sync, FileObject)
    delete = api(delete_file.sync)
    content = api(download_file.sync)

    def create(
        self,
        *,
        file: FileTypes,
        purpose: str,
        expires_after: FileExpirationPolicy | dict[str, Any] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> FileObject:
        """Upload a file: a path (streamed from disk), a binary file object, or a
        ``(filename, content[, content_type])`` tuple."""
        with opened(file) as part:
            return create_file.sync(
                self._raw,
                file=part,
                purpose=purpose,  # type: ignore[arg-type]
                expires_after=expires_after,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

    def stream_content(self, file_id: str) -> AbstractContextManager[httpx.Response]:
        """Download a file without holding it in memory: ``with client.files.stream_content(id)
        as response: for chunk in response.iter_bytes(): ...``. Errors raise before the body
        is read."""
        return self._raw.stream(download_file.request_options(file_id))


class AsyncFilesWithRawResponse(RawResponses):
    """``client.files.with_raw_response`` (async): each operation returns the response."""

    retrieve = api(retrieve_file.asyncio_detailed)
    delete = api(delete_file.asyncio_detailed)
    content = api(download_file.asyncio_detailed)
    list = api(list_files.asyncio_detailed)


class AsyncFiles(AsyncResource):
    """The async twin of ``Files``."""

    with_raw_response = raw_responses(AsyncFilesWithRawResponse)

    retrieve = api(retrieve_file.asyncio)
    list = paginated(list_files.asyncio, FileObject)
    delete = api(delete_file.asyncio)
    content = api(download_file.asyncio)

    async def create(
        self,
        *,
        file: FileTypes,
        purpose: str,
        expires_after: FileExpirationPolicy | dict[str, Any] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> FileObject:
        """Upload a file (see ``Files.create``)."""
        with opened(file) as part:
            return await create_file.asyncio(
                self._raw,
                file=part,
                purpose=purpose,  # type: ignore[arg-type]
                expires_after=expires_after,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

    def stream_content(self, file_id: str) -> AbstractAsyncContextManager[httpx.Response]:
        """Download a file without holding it in memory (see ``Files.stream_content``)."""
        return self._raw.astream(download_file.request_options(file_id))
