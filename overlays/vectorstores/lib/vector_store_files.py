"""``client.vector_stores.files``: files attached to a store, and the helpers that wait for them."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx2
from vectorstores_raw.client import path_segment
from vectorstores_raw.types import NOT_GIVEN, Body, Headers, NotGiven, Omit, Query, omit

from .._flow import Flow, asynchronous, returned_id
from .._polling import Extras, check_poll_options, extras, poll_in_store
from .._resource import AsyncAPIResource, SyncAPIResource
from .._uploads import FileTypes, file_name

if TYPE_CHECKING:  # only named in annotations: an older document may have other models
    from vectorstores_raw.models.vector_store_file import VectorStoreFile

    from vectorstores.types.file_chunking_strategy_param import FileChunkingStrategyParam

    ChunkingStrategy = FileChunkingStrategyParam

__all__ = ["AsyncFilesHelpers", "FilesHelpers"]

Attributes = dict[str, str | float | bool] | None
PENDING_ID = "file-pending"  # stands for the id an upload will get, to check the attach before it


# --- The helpers, written once for both clients (see _flow) --------------------------------------


def _poll(
    resource: SyncAPIResource | AsyncAPIResource,
    object_id: str,
    vector_store_id: str,
    poll_interval_ms: int | Omit,
    max_wait_seconds: float | Omit,
    sent: Extras,
) -> Flow[VectorStoreFile]:
    return poll_in_store(
        resource, "vector store file", object_id, vector_store_id, poll_interval_ms, max_wait_seconds, sent
    )


def _create_and_poll(
    resource: SyncAPIResource | AsyncAPIResource,
    file_id: str,
    vector_store_id: str,
    attributes: Attributes | Omit,
    chunking_strategy: ChunkingStrategy | Omit,
    poll_interval_ms: int | Omit,
    max_wait_seconds: float | Omit,
    sent: Extras,
) -> Flow[VectorStoreFile]:
    check_poll_options(poll_interval_ms, max_wait_seconds)
    path_segment("file_id", file_id)  # sent in the body first, then in the path of every poll
    yield lambda r: r.create(
        vector_store_id, file_id=file_id, attributes=attributes, chunking_strategy=chunking_strategy, **sent
    )
    return (yield from _poll(resource, file_id, vector_store_id, poll_interval_ms, max_wait_seconds, sent))


def _upload(
    resource: SyncAPIResource | AsyncAPIResource,
    vector_store_id: str,
    file: FileTypes,
    attributes: Attributes | Omit,
    chunking_strategy: ChunkingStrategy | Omit,
    sent: Extras,
) -> Flow[VectorStoreFile]:
    # The attach is checked before the upload: a bad argument costs no request and no orphan.
    file_name(file, require_name=True)
    resource._operations["create"].request_options(
        vector_store_id, file_id=PENDING_ID, attributes=attributes, chunking_strategy=chunking_strategy
    )
    uploaded = yield lambda r: r._client.files.create(file=file, purpose="assistants", **sent)
    file_id = returned_id(uploaded, "files.create")
    try:
        attached: VectorStoreFile = yield lambda r: r.create(
            vector_store_id, file_id=file_id, attributes=attributes, chunking_strategy=chunking_strategy, **sent
        )
    except BaseException:
        yield lambda r: r._client.files.delete(file_id)  # nothing left orphaned by a failed attach
        raise
    return attached


def _upload_and_poll(
    resource: SyncAPIResource | AsyncAPIResource,
    vector_store_id: str,
    file: FileTypes,
    attributes: Attributes | Omit,
    chunking_strategy: ChunkingStrategy | Omit,
    poll_interval_ms: int | Omit,
    max_wait_seconds: float | Omit,
    sent: Extras,
) -> Flow[VectorStoreFile]:
    check_poll_options(poll_interval_ms, max_wait_seconds)
    attached = yield from _upload(resource, vector_store_id, file, attributes, chunking_strategy, sent)
    file_id = returned_id(attached, "vector_stores.files.create")
    return (yield from _poll(resource, file_id, vector_store_id, poll_interval_ms, max_wait_seconds, sent))


class FilesHelpers(SyncAPIResource):
    """What ``client.vector_stores.files`` adds to its operations: waiting, and upload then attach.

    Each helper sends ``extra_headers``, ``extra_query``, ``extra_body`` and ``timeout`` with
    every request it makes."""

    def poll(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        poll_interval_ms: int | Omit = omit,
        max_wait_seconds: float | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> VectorStoreFile:
        """Wait until the file is no longer ``in_progress`` and return it (it may have failed:
        check ``status`` and ``last_error``). Waits as the server asks (``openai-poll-after-ms``)
        unless ``poll_interval_ms`` is given; raises PollingTimeoutError past ``max_wait_seconds``.

        Args:
            file_id: The file to wait for.
            vector_store_id: The vector store the file is attached to.
            poll_interval_ms: Milliseconds between two looks at the file, instead of the server's hint.
            max_wait_seconds: How long to wait in all before giving up.
            extra_headers: Headers to send with each request this makes, on top of the client's.
            extra_query: Query parameters to add to each request's URL.
            extra_body: Properties to add to each request's JSON body.
            timeout: Each request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        sent = extras(extra_headers, extra_query, extra_body, timeout)
        return self._run(_poll(self, file_id, vector_store_id, poll_interval_ms, max_wait_seconds, sent))

    def create_and_poll(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        attributes: dict[str, str | float | bool] | Omit | None = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        max_wait_seconds: float | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> VectorStoreFile:
        """Attach a file and wait for it to be processed.

        Args:
            file_id: The id of an uploaded file to attach.
            vector_store_id: The vector store to attach it to.
            attributes: Key-value pairs stored on the attached file, for filtering searches.
            chunking_strategy: How to cut the file into chunks; the API's default when left out.
            poll_interval_ms: Milliseconds between two looks at the file, instead of the server's hint.
            max_wait_seconds: How long to wait for processing in all before giving up.
            extra_headers: Headers to send with each request this makes, on top of the client's.
            extra_query: Query parameters to add to each request's URL.
            extra_body: Properties to add to each request's JSON body.
            timeout: Each request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        sent = extras(extra_headers, extra_query, extra_body, timeout)
        flow = _create_and_poll(
            self, file_id, vector_store_id, attributes, chunking_strategy, poll_interval_ms, max_wait_seconds, sent
        )
        return self._run(flow)

    def upload(
        self,
        *,
        vector_store_id: str,
        file: FileTypes,
        attributes: dict[str, str | float | bool] | Omit | None = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> VectorStoreFile:
        """Upload a file and attach it; if attaching fails, the upload is deleted again.

        Args:
            vector_store_id: The vector store to attach the file to.
            file: What to upload: a path, a file object, bytes or a ``(name, content)`` tuple.
            attributes: Key-value pairs stored on the attached file, for filtering searches.
            chunking_strategy: How to cut the file into chunks; the API's default when left out.
            extra_headers: Headers to send with each request this makes, on top of the client's.
            extra_query: Query parameters to add to each request's URL.
            extra_body: Properties to add to each request's JSON body.
            timeout: Each request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        sent = extras(extra_headers, extra_query, extra_body, timeout)
        return self._run(_upload(self, vector_store_id, file, attributes, chunking_strategy, sent))

    def upload_and_poll(
        self,
        *,
        vector_store_id: str,
        file: FileTypes,
        attributes: dict[str, str | float | bool] | Omit | None = omit,
        poll_interval_ms: int | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        max_wait_seconds: float | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> VectorStoreFile:
        """Upload, attach, and wait for processing.

        Args:
            vector_store_id: The vector store to attach the file to.
            file: What to upload: a path, a file object, bytes or a ``(name, content)`` tuple.
            attributes: Key-value pairs stored on the attached file, for filtering searches.
            poll_interval_ms: Milliseconds between two looks at the file, instead of the server's hint.
            chunking_strategy: How to cut the file into chunks; the API's default when left out.
            max_wait_seconds: How long to wait for processing in all before giving up.
            extra_headers: Headers to send with each request this makes, on top of the client's.
            extra_query: Query parameters to add to each request's URL.
            extra_body: Properties to add to each request's JSON body.
            timeout: Each request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        sent = extras(extra_headers, extra_query, extra_body, timeout)
        flow = _upload_and_poll(
            self, vector_store_id, file, attributes, chunking_strategy, poll_interval_ms, max_wait_seconds, sent
        )
        return self._run(flow)


class AsyncFilesHelpers(AsyncAPIResource):
    """The async twin of ``FilesHelpers``: the same helpers, awaited."""

    poll = asynchronous(FilesHelpers.poll)
    create_and_poll = asynchronous(FilesHelpers.create_and_poll)
    upload = asynchronous(FilesHelpers.upload)
    upload_and_poll = asynchronous(FilesHelpers.upload_and_poll)
