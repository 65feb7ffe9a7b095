"""What ``client.files`` adds to its generated operations: waiting for processing, and a download
read in chunks."""

from __future__ import annotations

import time
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import TYPE_CHECKING

import httpx2
from vectorstores_raw.types import NOT_GIVEN, Body, Headers, NotGiven, Query

from .._deprecation import deprecated
from .._flow import Flow, asynchronous
from .._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:  # only named in annotations: an older document may have other models
    from vectorstores_raw.models.file_object import FileObject

__all__ = ["AsyncFilesHelpers", "FilesHelpers"]

DONE = frozenset({"processed", "error", "deleted"})


def _wait_for_processing(file_id: str, poll_interval: float, max_wait_seconds: float) -> Flow[FileObject]:
    # Time is read off this module's ``time`` (as openai-python's helper does), so tests can move it.
    started = time.monotonic()
    while True:
        file: FileObject = yield lambda r: r.retrieve(file_id)
        if file.status in DONE:
            return file
        if time.monotonic() - started > max_wait_seconds:
            raise RuntimeError(
                f"Giving up on waiting for file {file_id} to finish processing after {max_wait_seconds} seconds."
            )
        yield lambda r: r._sleep(poll_interval)


class FilesHelpers(SyncAPIResource):
    """Files uploaded to the API (``purpose="assistants"`` for vector stores)."""

    def wait_for_processing(
        self, id: str, *, poll_interval: float = 5.0, max_wait_seconds: float = 30 * 60
    ) -> FileObject:
        """Poll the file until it is processed (or failed, or deleted) and return it; a
        RuntimeError past ``max_wait_seconds``.

        Args:
            id: The file to wait for.
            poll_interval: Seconds between two looks at the file.
            max_wait_seconds: How long to wait in all before giving up.
        """
        return self._run(_wait_for_processing(id, poll_interval, max_wait_seconds))

    # openai-python's words, so code that filters this warning by its message keeps working; a
    # literal, since type checkers read the message only from one.
    @deprecated("The `.content()` method should be used instead")
    def retrieve_content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> str:
        """Download a file's content and decode it as text (deprecated, as in openai-python: use
        ``content``, which returns the bytes and reads any file).

        Args:
            file_id: The id of the file whose content to download.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body.
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        return self._retrieve_content(file_id, extra_headers, extra_query, extra_body, timeout)

    def _retrieve_content(
        self,
        file_id: str,
        extra_headers: Headers | None,
        extra_query: Query | None,
        extra_body: Body | None,
        timeout: float | httpx2.Timeout | NotGiven | None,
    ) -> str:
        # Older documents describe this answer as JSON text, newer ones as the file's bytes.
        headers = {"Accept": "application/json, application/octet-stream", **(extra_headers or {})}
        options = self._operations["content"].request_options(
            file_id, extra_headers=headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )
        return self._send(options, lambda response: response.text)

    def stream_content(self, file_id: str) -> AbstractContextManager[httpx2.Response]:
        """Download a file without holding it in memory: ``with client.files.stream_content(id)
        as response: for chunk in response.iter_bytes(): ...``. Errors raise before the body
        is read.

        Args:
            file_id: The file to download.
        """
        return self._connection.stream(self._operations["content"].request_options(file_id))


class AsyncFilesHelpers(AsyncAPIResource):
    """The async twin of ``FilesHelpers``."""

    wait_for_processing = asynchronous(FilesHelpers.wait_for_processing)
    _retrieve_content = asynchronous(FilesHelpers._retrieve_content)

    @deprecated("The `.content()` method should be used instead")
    async def retrieve_content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> str:
        """Download a file's content and decode it as text (deprecated: use ``content``; see
        ``FilesHelpers.retrieve_content``)."""
        return await self._retrieve_content(file_id, extra_headers, extra_query, extra_body, timeout)

    def stream_content(self, file_id: str) -> AbstractAsyncContextManager[httpx2.Response]:
        """Download a file without holding it in memory (see ``FilesHelpers.stream_content``)."""
        return self._connection.astream(self._operations["content"].request_options(file_id))
