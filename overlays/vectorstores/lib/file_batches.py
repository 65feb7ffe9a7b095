"""``client.vector_stores.file_batches``: many files at once, and concurrent upload helpers."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from typing import TYPE_CHECKING, Any

import httpx2
from vectorstores_raw.errors import OpenAIError
from vectorstores_raw.types import NOT_GIVEN, Body, Headers, NotGiven, Omit, Query, SequenceNotStr, Unset, omit

from .._flow import Flow, Step, asynchronous, returned_id
from .._polling import Extras, check_poll_options, extras, poll_in_store
from .._resource import AsyncAPIResource, SyncAPIResource
from .._uploads import DEFAULT_CONCURRENCY, MAX_FILES_PER_BATCH, FileTypes, file_name

if TYPE_CHECKING:  # only named in annotations: an older document may have other models
    from vectorstores_raw.models.vector_store_file_batch import VectorStoreFileBatch

    from vectorstores.types.file_chunking_strategy_param import FileChunkingStrategyParam
    from vectorstores.types.vector_stores import file_batch_create_params

__all__ = ["MAX_FILES_PER_BATCH", "AsyncFileBatchesHelpers", "BatchUploadError", "FileBatchesHelpers", "UploadProgress"]

Attributes = dict[str, str | float | bool] | None
UploadProgress = Callable[[int, int], None]  # (files uploaded so far, total)


class BatchUploadError(OpenAIError):
    """Some uploads of ``upload_and_poll`` failed; the files it had uploaded were deleted."""

    def __init__(self, failures: dict[int, BaseException], total: int) -> None:
        listed = "; ".join(f"#{index}: {type(error).__name__}: {error}" for index, error in sorted(failures.items()))
        super().__init__(f"{len(failures)} of {total} uploads failed ({listed}); uploaded files were deleted")
        self.failures = failures


Uploaded = tuple[dict[int, str], dict[int, BaseException]]  # file ids and errors, by input index


def _check_upload_args(files: Sequence[FileTypes], max_concurrency: int) -> None:
    if isinstance(files, (str, bytes)) or not isinstance(files, Sequence):
        raise TypeError(f"files must be a list of files, got {type(files).__name__}")
    if not files:
        raise ValueError("files must contain at least one file")
    if isinstance(max_concurrency, bool) or not isinstance(max_concurrency, int) or max_concurrency < 1:
        raise ValueError(f"max_concurrency must be an integer >= 1, got {max_concurrency!r}")
    for index, file in enumerate(files):
        file_name(file, argument=f"files[{index}]", require_name=True)


def _chunks(ids: list[str]) -> list[list[str]]:
    return [ids[start : start + MAX_FILES_PER_BATCH] for start in range(0, len(ids), MAX_FILES_PER_BATCH)]


def _check_batch_args(
    resource: SyncAPIResource | AsyncAPIResource,
    vector_store_id: str,
    file_ids: SequenceNotStr[str] | Omit,
    batch: dict[str, Any],
) -> None:
    """Check each batch request the helper will send, before any upload: the store id, the ids
    given (a string is not a list of ids), attributes and chunking strategy."""
    given = [] if isinstance(file_ids, Unset) else file_ids
    for chunk in (_chunks(given) if isinstance(given, list) else [given]) or [["file-pending"]]:
        resource._operations["create"].request_options(vector_store_id, file_ids=chunk, **batch)


# --- The helpers, written once for both clients (see _flow) --------------------------------------


def _poll(
    resource: SyncAPIResource | AsyncAPIResource,
    object_id: str,
    vector_store_id: str,
    poll_interval_ms: int | Omit,
    max_wait_seconds: float | Omit,
    sent: Extras,
) -> Flow[VectorStoreFileBatch]:
    return poll_in_store(resource, "file batch", object_id, vector_store_id, poll_interval_ms, max_wait_seconds, sent)


def _create(vector_store_id: str, batch: dict[str, Any]) -> Step:
    return lambda r: r.create(vector_store_id, **batch)


def _delete(file_id: str) -> Step:
    return lambda r: r._client.files.delete(file_id)


def _create_and_poll(
    resource: SyncAPIResource | AsyncAPIResource,
    vector_store_id: str,
    batch: dict[str, Any],
    poll_interval_ms: int | Omit,
    max_wait_seconds: float | Omit,
    sent: Extras,
) -> Flow[VectorStoreFileBatch]:
    check_poll_options(poll_interval_ms, max_wait_seconds)
    created = yield _create(vector_store_id, {**batch, **sent})
    batch_id = returned_id(created, "vector_stores.file_batches.create")
    return (yield from _poll(resource, batch_id, vector_store_id, poll_interval_ms, max_wait_seconds, sent))


def _upload_and_poll(
    resource: SyncAPIResource | AsyncAPIResource,
    vector_store_id: str,
    files: Sequence[FileTypes],
    max_concurrency: int,
    file_ids: SequenceNotStr[str] | Omit,
    batch: dict[str, Any],
    poll_interval_ms: int | Omit,
    max_wait_seconds: float | Omit,
    on_progress: UploadProgress | None,
    sent: Extras,
) -> Flow[VectorStoreFileBatch]:
    _check_upload_args(files, max_concurrency)
    check_poll_options(poll_interval_ms, max_wait_seconds)
    _check_batch_args(resource, vector_store_id, file_ids, batch)
    uploaded, failures = yield lambda r: r._upload_all(files, max_concurrency, on_progress, sent)
    if failures:
        for file_id in uploaded.values():
            yield _delete(file_id)
        raise BatchUploadError(failures, len(files))
    ours = [uploaded[index] for index in sorted(uploaded)]
    chunks = _chunks([*([] if isinstance(file_ids, Unset) else file_ids), *ours])
    batches: list[VectorStoreFileBatch] = []
    try:
        for chunk in chunks:
            batches.append((yield _create(vector_store_id, {**batch, **sent, "file_ids": chunk})))
    except BaseException:
        # Files already in a batch belong to the store now; only the unattached ones go.
        attached = {file_id for chunk in chunks[: len(batches)] for file_id in chunk}
        for file_id in ours:
            if file_id not in attached:
                yield _delete(file_id)
        raise
    last = batches[-1]
    for created in batches:
        batch_id = returned_id(created, "vector_stores.file_batches.create")
        last = yield from _poll(resource, batch_id, vector_store_id, poll_interval_ms, max_wait_seconds, sent)
    return last


class FileBatchesHelpers(SyncAPIResource):
    """Batches of files attached to a vector store in one request."""

    def poll(
        self,
        batch_id: str,
        *,
        vector_store_id: str,
        poll_interval_ms: int | Omit = omit,
        max_wait_seconds: float | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> VectorStoreFileBatch:
        """Wait until the batch is no longer ``in_progress`` and return it.

        Waits as the server asks (``openai-poll-after-ms``) unless ``poll_interval_ms`` is given;
        raises PollingTimeoutError past ``max_wait_seconds``.

        Args:
            batch_id: The batch to wait for.
            vector_store_id: The vector store the batch belongs to.
            poll_interval_ms: Milliseconds between two looks at the batch, instead of the server's hint.
            max_wait_seconds: How long to wait in all before giving up.
            extra_headers: Headers to send with each request this makes, on top of the client's.
            extra_query: Query parameters to add to each request's URL.
            extra_body: Properties to add to each request's JSON body.
            timeout: Each request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        sent = extras(extra_headers, extra_query, extra_body, timeout)
        return self._run(_poll(self, batch_id, vector_store_id, poll_interval_ms, max_wait_seconds, sent))

    def create_and_poll(
        self,
        vector_store_id: str,
        *,
        file_ids: SequenceNotStr[str] | Omit = omit,
        files: Iterable[file_batch_create_params.File] | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        attributes: dict[str, str | float | bool] | Omit | None = omit,
        poll_interval_ms: int | Omit = omit,
        max_wait_seconds: float | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> VectorStoreFileBatch:
        """Create a batch and wait for it to be processed.

        Args:
            vector_store_id: The vector store to add the files to.
            file_ids: Ids of files already uploaded, to attach with the same attributes and chunking.
            files: Files to attach, each with its own attributes and chunking (instead of ``file_ids``).
            chunking_strategy: How to cut the files into chunks; the API's default when left out.
            attributes: Key-value pairs stored on each attached file, for filtering searches.
            poll_interval_ms: Milliseconds between two looks at the batch, instead of the server's hint.
            max_wait_seconds: How long to wait for processing in all before giving up.
            extra_headers: Headers to send with each request this makes, on top of the client's.
            extra_query: Query parameters to add to each request's URL.
            extra_body: Properties to add to each request's JSON body.
            timeout: Each request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        sent = extras(extra_headers, extra_query, extra_body, timeout)
        batch = {"file_ids": file_ids, "files": files, "attributes": attributes, "chunking_strategy": chunking_strategy}
        return self._run(_create_and_poll(self, vector_store_id, batch, poll_interval_ms, max_wait_seconds, sent))

    def upload_and_poll(
        self,
        vector_store_id: str,
        *,
        files: Sequence[FileTypes],
        max_concurrency: int = DEFAULT_CONCURRENCY,
        file_ids: SequenceNotStr[str] | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        attributes: dict[str, str | float | bool] | Omit | None = omit,
        poll_interval_ms: int | Omit = omit,
        max_wait_seconds: float | Omit = omit,
        on_progress: UploadProgress | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> VectorStoreFileBatch:
        """Upload ``files`` (at most ``max_concurrency`` at a time), attach them in input order as
        one batch (several past 2,000 files), and wait for processing; returns the last batch.

        If an upload fails, pending uploads are cancelled, the files already uploaded are
        deleted, and BatchUploadError lists which inputs failed. Once files are in a batch they
        stay, even if waiting for processing fails or is interrupted.

        Args:
            vector_store_id: The vector store to add the files to.
            files: What to upload: paths, file objects, bytes or ``(name, content)`` tuples.
            max_concurrency: How many uploads run at once.
            file_ids: Ids of files already uploaded, attached along with the new ones.
            chunking_strategy: How to cut the files into chunks; the API's default when left out.
            attributes: Key-value pairs stored on each attached file, for filtering searches.
            poll_interval_ms: Milliseconds between two looks at the batch, instead of the server's hint.
            max_wait_seconds: How long to wait for processing in all before giving up.
            on_progress: Called after each upload with the counts so far.
            extra_headers: Headers to send with each request this makes, on top of the client's.
            extra_query: Query parameters to add to each request's URL.
            extra_body: Properties to add to each request's JSON body.
            timeout: Each request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        batch = {"attributes": attributes, "chunking_strategy": chunking_strategy}
        sent = extras(extra_headers, extra_query, extra_body, timeout)
        return self._run(
            _upload_and_poll(
                self,
                vector_store_id,
                files,
                max_concurrency,
                file_ids,
                batch,
                poll_interval_ms,
                max_wait_seconds,
                on_progress,
                sent,
            )
        )

    def _upload_all(
        self, files: Sequence[FileTypes], max_concurrency: int, on_progress: UploadProgress | None, sent: Extras
    ) -> Uploaded:
        """Upload on a thread pool; the first failure cancels what has not started."""
        uploaded: dict[int, str] = {}
        lock = threading.Lock()

        def upload(index: int) -> None:
            file_id = returned_id(
                self._client.files.create(file=files[index], purpose="assistants", **sent), "files.create"
            )
            with lock:  # progress counts arrive in order, the last one is (total, total)
                uploaded[index] = file_id
                if on_progress is not None:
                    on_progress(len(uploaded), len(files))

        with ThreadPoolExecutor(max_workers=max_concurrency) as pool:
            futures = {pool.submit(upload, index): index for index in range(len(files))}
            wait(futures, return_when=FIRST_EXCEPTION)
            for future in futures:
                future.cancel()
        failures = {
            index: error
            for future, index in futures.items()
            if not future.cancelled() and (error := future.exception()) is not None
        }
        return uploaded, failures


class AsyncFileBatchesHelpers(AsyncAPIResource):
    """The async twin of ``FileBatchesHelpers``: the same helpers, awaited; uploads run as tasks."""

    poll = asynchronous(FileBatchesHelpers.poll)
    create_and_poll = asynchronous(FileBatchesHelpers.create_and_poll)
    upload_and_poll = asynchronous(FileBatchesHelpers.upload_and_poll)

    async def _upload_all(
        self, files: Sequence[FileTypes], max_concurrency: int, on_progress: UploadProgress | None, sent: Extras
    ) -> Uploaded:
        """Upload as tasks behind a semaphore; after the first failure no new upload starts.

        Uploads already in flight are left to finish rather than cancelled: the server may have
        stored one whose answer was still on its way, and only a finished upload tells us its id
        for the clean-up (the thread pool of the sync twin behaves the same way). anyio's task
        group and primitives run under asyncio and trio alike."""
        import anyio  # here: only async programs load it

        uploaded: dict[int, str] = {}
        failures: dict[int, BaseException] = {}
        gate = anyio.Semaphore(max_concurrency)
        stopping = anyio.Event()

        async def upload(index: int) -> None:
            async with gate:
                if stopping.is_set():
                    return
                try:
                    created = await self._client.files.create(file=files[index], purpose="assistants", **sent)
                    uploaded[index] = returned_id(created, "files.create")
                except Exception as error:  # kept, not raised: a raise would cancel the uploads in flight
                    failures[index] = error
                    stopping.set()
                    return
            if on_progress is not None:
                on_progress(len(uploaded), len(files))

        async with anyio.create_task_group() as tasks:
            for index in range(len(files)):
                tasks.start_soon(upload, index)
        return uploaded, dict(sorted(failures.items()))
