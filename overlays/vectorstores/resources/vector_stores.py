"""``client.vector_stores``: stores, their search, and the ``files``/``file_batches`` below them."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from vectorstores_raw.api.vector_stores import (
    create_vector_store,
    delete_vector_store,
    get_vector_store,
    list_vector_stores,
    modify_vector_store,
    search_vector_store,
)
from vectorstores_raw.models.vector_store import VectorStore
from vectorstores_raw.models.vector_store_search_response import VectorStoreSearchResponse

from .._resource import AsyncResource, RawResponses, SyncResource, api, paginated, raw_responses, single_page

if TYPE_CHECKING:  # imported on first access: most programs touch only some of them
    from .file_batches import AsyncFileBatches, FileBatches
    from .vector_store_files import AsyncVectorStoreFiles, VectorStoreFiles

__all__ = ["AsyncVectorStores", "VectorStores"]


class VectorStoresWithRawResponse(RawResponses):
    """``client.vector_stores.with_raw_response``: each operation returns the response."""

    create = api(create_vector_store.sync_detailed)
    retrieve = api(get_vector_store.sync_detailed)
    update = api(modify_vector_store.sync_detailed)
    delete = api(delete_vector_store.sync_detailed)
    list = api(list_vector_stores.sync_detailed)
    search = api(search_vector_store.sync_detailed)


class VectorStores(SyncResource):
    """Vector stores: create, inspect, change, list, delete and search them."""

    with_raw_response = raw_responses(VectorStoresWithRawResponse)

    create = api(create_vector_store.sync)
    retrieve = api(get_vector_store.sync)
    update = api(modify_vector_store.sync)
    list = paginated(list_vector_stores.sync, VectorStore)
    delete = api(delete_vector_store.sync)
    search = single_page(search_vector_store.sync, VectorStoreSearchResponse)

    @cached_property
    def files(self) -> VectorStoreFiles:
        from .vector_store_files import VectorStoreFiles

        return VectorStoreFiles(self._client)

    @cached_property
    def file_batches(self) -> FileBatches:
        from .file_batches import FileBatches

        return FileBatches(self._client)


class AsyncVectorStoresWithRawResponse(RawResponses):
    """``client.vector_stores.with_raw_response`` (async): each operation returns the response."""

    create = api(create_vector_store.asyncio_detailed)
    retrieve = api(get_vector_store.asyncio_detailed)
    update = api(modify_vector_store.asyncio_detailed)
    delete = api(delete_vector_store.asyncio_detailed)
    list = api(list_vector_stores.asyncio_detailed)
    search = api(search_vector_store.asyncio_detailed)


class AsyncVectorStores(AsyncResource):
    """The async twin of ``VectorStores``."""

    with_raw_response = raw_responses(AsyncVectorStoresWithRawResponse)

    create = api(create_vector_store.asyncio)
    retrieve = api(get_vector_store.asyncio)
    update = api(modify_vector_store.asyncio)
    list = paginated(list_vector_stores.asyncio, VectorStore)
    delete = api(delete_vector_store.asyncio)
    search = single_page(search_vector_store.asyncio, VectorStoreSearchResponse)

    @cached_property
    def files(self) -> AsyncVectorStoreFiles:
        from .vector_store_files import AsyncVectorStoreFiles

        return AsyncVectorStoreFiles(self._client)

    @cached_property
    def file_batches(self) -> AsyncFileBatches:
        from .file_batches import AsyncFileBatches

        return AsyncFileBatches(self._client)
