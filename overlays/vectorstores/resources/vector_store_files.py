"""``client.vector_stores.files``: files attached to a store, and the helpers that wait for them."""

from __future__ import annotations

from typing import Any

from vectorstores_raw.api.vector_stores import (
    create_vector_store_file,
    delete_vector_store_file,
    get_vector_store_file,
    list_vector_store_files,
    retrieve_vector_store_file_content,
    update_vector_store_file_attributes,
)
from vectorstores_raw.client import path_segment
from vectorstores_raw.models.file_content_response import FileContentResponse
from vectorstores_raw.models.vector_store_file import VectorStoreFile
from vectorstores_raw.types import Omit, omit

from .._flow import Flow, returned_id
from .._polling import Poller, check_poll_options, poll_flow
from .._resource import AsyncResource, RawResponses, SyncResource, api, paginated, raw_responses, single_page
from .._uploads import FileTypes

__all__ = ["AsyncVectorStoreFiles", "VectorStoreFiles"]

Attributes = dict[str, str | float | bool] | None
ChunkingStrategy = dict[str, Any] | Any
PENDING_ID = "file-pending"  # stands for the id an upload will get, to check the attach before it


# --- The helpers, written once for both clients (see _flow) --------------------------------------


def _poll(
    resource: SyncResource | AsyncResource,
    file_id: str,
    vector_store_id: str,
    poll_interval_ms: int | Omit,
    max_wait_seconds: float | Omit,
) -> Flow[VectorStoreFile]:
    description = f"vector store file {file_id!r} in vector store {vector_store_id!r}"
    poller = Poller(description, resource._client._clock, poll_interval_ms, max_wait_seconds)
    return poll_flow(lambda r: r.with_raw_response.retrieve(file_id, vector_store_id=vector_store_id), poller)


def _create_and_poll(
    resource: SyncResource | AsyncResource,
    file_id: str,
    vector_store_id: str,
    attributes: Attributes | Omit,
    chunking_strategy: ChunkingStrategy | Omit,
    poll_interval_ms: int | Omit,
    max_wait_seconds: float | Omit,
) -> Flow[VectorStoreFile]:
    check_poll_options(poll_interval_ms, max_wait_seconds)
    path_segment("file_id", file_id)  # sent in the body first, then in the path of every poll
    yield lambda r: r.create(
        vector_store_id, file_id=file_id, attributes=attributes, chunking_strategy=chunking_strategy
    )
    return (yield from _poll(resource, file_id, vector_store_id, poll_interval_ms, max_wait_seconds))


def _upload(
    vector_store_id: str, file: FileTypes, attributes: Attributes | Omit, chunking_strategy: ChunkingStrategy | Omit
) -> Flow[VectorStoreFile]:
    # The attach is checked before the upload: a bad argument costs no request and no orphan.
    create_vector_store_file.request_options(
        vector_store_id, file_id=PENDING_ID, attributes=attributes, chunking_strategy=chunking_strategy
    )
    uploaded = yield lambda r: r._client.files.create(file=file, purpose="assistants")
    file_id = returned_id(uploaded, "files.create")
    try:
        attached: VectorStoreFile = yield lambda r: r.create(
            vector_store_id, file_id=file_id, attributes=attributes, chunking_strategy=chunking_strategy
        )
    except BaseException:
        yield lambda r: r._client.files.delete(file_id)  # nothing left orphaned by a failed attach
        raise
    return attached


def _upload_and_poll(
    resource: SyncResource | AsyncResource,
    vector_store_id: str,
    file: FileTypes,
    attributes: Attributes | Omit,
    chunking_strategy: ChunkingStrategy | Omit,
    poll_interval_ms: int | Omit,
    max_wait_seconds: float | Omit,
) -> Flow[VectorStoreFile]:
    check_poll_options(poll_interval_ms, max_wait_seconds)
    attached = yield from _upload(vector_store_id, file, attributes, chunking_strategy)
    file_id = returned_id(attached, "vector_stores.files.create")
    return (yield from _poll(resource, file_id, vector_store_id, poll_interval_ms, max_wait_seconds))


class VectorStoreFilesWithRawResponse(RawResponses):
    """``client.vector_stores.files.with_raw_response``: each operation returns the response."""

    create = api(create_vector_store_file.sync_detailed)
    retrieve = api(get_vector_store_file.sync_detailed)
    update = api(update_vector_store_file_attributes.sync_detailed)
    delete = api(delete_vector_store_file.sync_detailed)
    list = api(list_vector_store_files.sync_detailed)
    content = api(retrieve_vector_store_file_content.sync_detailed)


class VectorStoreFiles(SyncResource):
    """Files attached to a vector store."""

    with_raw_response = raw_responses(VectorStoreFilesWithRawResponse)

    create = api(create_vector_store_file.sync)
    retrieve = api(get_vector_store_file.sync)
    update = api(update_vector_store_file_attributes.sync)
    list = paginated(list_vector_store_files.sync, VectorStoreFile)
    delete = api(delete_vector_store_file.sync)
    content = single_page(retrieve_vector_store_file_content.sync, FileContentResponse)

    def poll(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        poll_interval_ms: int | Omit = omit,
        max_wait_seconds: float | Omit = omit,
    ) -> VectorStoreFile:
        """Wait until the file is no longer ``in_progress`` and return it (it may have failed:
        check ``status`` and ``last_error``). Waits as the server asks (``openai-poll-after-ms``)
        unless ``poll_interval_ms`` is given; raises PollingTimeoutError past ``max_wait_seconds``."""
        return self._run(_poll(self, file_id, vector_store_id, poll_interval_ms, max_wait_seconds))

    def create_and_poll(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        attributes: Attributes | Omit = omit,
        chunking_strategy: ChunkingStrategy | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        max_wait_seconds: float | Omit = omit,
    ) -> VectorStoreFile:
        """Attach a file and wait for it to be processed."""
        return self._run(
            _create_and_poll(
                self, file_id, vector_store_id, attributes, chunking_strategy, poll_interval_ms, max_wait_seconds
            )
        )

    def upload(
        self,
        *,
        vector_store_id: str,
        file: FileTypes,
        attributes: Attributes | Omit = omit,
        chunking_strategy: ChunkingStrategy | Omit = omit,
    ) -> VectorStoreFile:
        """Upload a file and attach it; if attaching fails, the upload is deleted again."""
        return self._run(_upload(vector_store_id, file, attributes, chunking_strategy))

    def upload_and_poll(
        self,
        *,
        vector_store_id: str,
        file: FileTypes,
        attributes: Attributes | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        chunking_strategy: ChunkingStrategy | Omit = omit,
        max_wait_seconds: float | Omit = omit,
    ) -> VectorStoreFile:
        """Upload, attach, and wait for processing."""
        return self._run(
            _upload_and_poll(
                self, vector_store_id, file, attributes, chunking_strategy, poll_interval_ms, max_wait_seconds
            )
        )


class AsyncVectorStoreFilesWithRawResponse(RawResponses):
    """``client.vector_stores.files.with_raw_response`` (async): each operation returns the response."""

    create = api(create_vector_store_file.asyncio_detailed)
    retrieve = api(get_vector_store_file.asyncio_detailed)
    update = api(update_vector_store_file_attributes.asyncio_detailed)
    delete = api(delete_vector_store_file.asyncio_detailed)
    list = api(list_vector_store_files.asyncio_detailed)
    content = api(retrieve_vector_store_file_content.asyncio_detailed)


class AsyncVectorStoreFiles(AsyncResource):
    """The async twin of ``VectorStoreFiles``."""

    with_raw_response = raw_responses(AsyncVectorStoreFilesWithRawResponse)

    create = api(create_vector_store_file.asyncio)
    retrieve = api(get_vector_store_file.asyncio)
    update = api(update_vector_store_file_attributes.asyncio)
    list = paginated(list_vector_store_files.asyncio, VectorStoreFile)
    delete = api(delete_vector_store_file.asyncio)
    content = single_page(retrieve_vector_store_file_content.asyncio, FileContentResponse)

    async def poll(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        poll_interval_ms: int | Omit = omit,
        max_wait_seconds: float | Omit = omit,
    ) -> VectorStoreFile:
        """Wait until the file is no longer ``in_progress`` and return it (it may have failed:
        check ``status`` and ``last_error``). Waits as the server asks (``openai-poll-after-ms``)
        unless ``poll_interval_ms`` is given; raises PollingTimeoutError past ``max_wait_seconds``."""
        return await self._run(_poll(self, file_id, vector_store_id, poll_interval_ms, max_wait_seconds))

    async def create_and_poll(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        attributes: Attributes | Omit = omit,
        chunking_strategy: ChunkingStrategy | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        max_wait_seconds: float | Omit = omit,
    ) -> VectorStoreFile:
        """Attach a file and wait for it to be processed."""
        return await self._run(
            _create_and_poll(
                self, file_id, vector_store_id, attributes, chunking_strategy, poll_interval_ms, max_wait_seconds
            )
        )

    async def upload(
        self,
        *,
        vector_store_id: str,
        file: FileTypes,
        attributes: Attributes | Omit = omit,
        chunking_strategy: ChunkingStrategy | Omit = omit,
    ) -> VectorStoreFile:
        """Upload a file and attach it; if attaching fails, the upload is deleted again."""
        return await self._run(_upload(vector_store_id, file, attributes, chunking_strategy))

    async def upload_and_poll(
        self,
        *,
        vector_store_id: str,
        file: FileTypes,
        attributes: Attributes | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        chunking_strategy: ChunkingStrategy | Omit = omit,
        max_wait_seconds: float | Omit = omit,
    ) -> VectorStoreFile:
        """Upload, attach, and wait for processing."""
        return await self._run(
            _upload_and_poll(
                self, vector_store_id, file, attributes, chunking_strategy, poll_interval_ms, max_wait_seconds
            )
        )
