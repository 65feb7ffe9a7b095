"""``client.files``: upload, retrieve, list, delete, download."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import httpx
from vectorstores_raw.api.files import create_file, delete_file, download_file, list_files, retrieve_file
from vectorstores_raw.client import check_status
from vectorstores_raw.models.file_expiration_policy import FileExpirationPolicy
from vectorstores_raw.models.file_object import FileObject
from vectorstores_raw.types import NOT_GIVEN, NotGiven, Omit, omit

from .._resource import AsyncResource, SyncResource, api, paginated
from .._uploads import FileTypes, opened

__all__ = ["AsyncFiles", "Files"]


class Files(SyncResource):
    """Files uploaded to the API (``purpose="assistants"`` for vector stores)."""

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

    @contextmanager
    def stream_content(self, file_id: str) -> Iterator[httpx.Response]:
        """Download a file without holding it in memory: ``with client.files.stream_content(id)
        as response: for chunk in response.iter_bytes(): ...``. Errors raise before the body
        is read."""
        http = self._raw.get_httpx_client()
        response = http.send(self._raw.build_request(http, download_file.request_options(file_id)), stream=True)
        try:
            if not 200 <= response.status_code < 300:
                response.read()
                check_status(response)
            yield response
        finally:
            response.close()


class AsyncFiles(AsyncResource):
    """The async twin of ``Files``."""

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

    @asynccontextmanager
    async def stream_content(self, file_id: str) -> AsyncIterator[httpx.Response]:
        """Download a file without holding it in memory (see ``Files.stream_content``)."""
        http = self._raw.get_async_httpx_client()
        request = self._raw.build_request(http, download_file.request_options(file_id))
        response = await http.send(request, stream=True)
        try:
            if not 200 <= response.status_code < 300:
                await response.aread()
                check_status(response)
            yield response
        finally:
            await response.aclose()
