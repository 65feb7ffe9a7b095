"""The public surface: lazy imports, type names, raw responses, sync/async parity."""

from __future__ import annotations

import asyncio
import inspect
import subprocess
import sys
from typing import Any

import pytest
from vectorstores import AsyncOpenAI, OpenAI

from .conftest import MakeAsyncClient, Recorder, Reply, vector_store

if sys.version_info >= (3, 11):
    from typing import assert_type
else:  # Python 3.10
    from typing_extensions import assert_type

RESOURCES = ["files", "vector_stores", "vector_stores.files", "vector_stores.file_batches"]


def test_import_is_lazy() -> None:
    code = (
        "import sys, vectorstores\n"
        "print('vectorstores_raw.models.vector_store' in sys.modules)\n"
        "print(any(name.startswith('vectorstores_raw.models') for name in sys.modules))\n"
        "print('tenacity' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "False", "False"]


def _fresh_interpreter(code: str) -> list[str]:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return result.stdout.split()


def test_first_client_loads_only_what_its_first_use_needs() -> None:
    loaded = _fresh_interpreter(
        "import sys\n"
        "from vectorstores import OpenAI\n"
        "OpenAI(api_key='k').vector_stores\n"
        "for name in ('asyncio', 'vectorstores.resources.vector_stores.file_batches',\n"
        "             'vectorstores.resources.vector_stores.files', 'vectorstores.resources.files',\n"
        "             'vectorstores.types', 'vectorstores.lib.file_batches'):\n"
        "    print(name in sys.modules)\n"
    )
    assert loaded == ["False"] * 6


def test_types_import() -> None:
    from vectorstores.types import (
        FileCounts,
        FileDeleted,
        FileObject,
        VectorStore,
        VectorStoreDeleted,
        VectorStoreFile,
        VectorStoreFileBatch,
        VectorStoreFileDeleted,
        VectorStoreSearchResponse,
    )

    for cls in (
        VectorStore,
        FileCounts,
        VectorStoreDeleted,
        VectorStoreFile,
        VectorStoreFileDeleted,
        VectorStoreFileBatch,
        VectorStoreSearchResponse,
        FileObject,
        FileDeleted,
    ):
        assert isinstance(cls, type)
        assert callable(cls.from_dict)


def test_results_are_the_public_types(client: OpenAI, recorder: Recorder) -> None:
    from vectorstores.types import FileCounts, VectorStore

    recorder.add("GET", "/vector_stores/vs_1", Reply(json=vector_store()))
    store = client.vector_stores.retrieve("vs_1")
    assert isinstance(store, VectorStore)
    assert isinstance(store.file_counts, FileCounts)
    assert (store.id, store.name, store.status) == ("vs_1", "n", "completed")


def test_every_export_resolves() -> None:
    import vectorstores

    for name in vectorstores.__all__:
        assert getattr(vectorstores, name) is not None
    with pytest.raises(AttributeError):
        vectorstores.does_not_exist  # type: ignore[attr-defined]  # noqa: B018


def test_with_raw_response(client: OpenAI, recorder: Recorder) -> None:
    recorder.add("GET", "/vector_stores/vs_1", Reply(json=vector_store(), headers={"x-request-id": "req_123"}))

    response = client.vector_stores.with_raw_response.retrieve("vs_1")

    assert response.status_code == 200
    assert response.headers["x-request-id"] == "req_123"
    assert response.request_id == "req_123"
    assert response.parse().id == "vs_1"
    assert b'"vs_1"' in response.content
    assert len(recorder) == 1


def test_async_with_raw_response(make_async_client: MakeAsyncClient, recorder: Recorder) -> None:
    recorder.add("GET", "/vector_stores/vs_1", Reply(json=vector_store(), headers={"x-request-id": "req_9"}))

    async def main(client: AsyncOpenAI) -> Any:
        async with client:
            return await client.vector_stores.with_raw_response.retrieve("vs_1")

    response = asyncio.run(main(make_async_client()))
    assert (response.status_code, response.request_id, response.parse().id) == (200, "req_9", "vs_1")


def test_raw_responses_are_typed(client: OpenAI, recorder: Recorder) -> None:
    # assert_type is checked by mypy (make typecheck), which fails on a view typed Any.
    from vectorstores._response import LegacyAPIResponse as Response
    from vectorstores.types import FileDeleted, VectorStore, VectorStoreFileBatch

    recorder.add("GET", "/vector_stores/vs_1", Reply(json=vector_store()))
    recorder.add("DELETE", "/files/file-1", Reply(json={"id": "file-1", "object": "file", "deleted": True}))
    recorder.add("POST", "/vector_stores/vs_1/file_batches/vsfb_1/cancel", Reply(json={"id": "vsfb_1"}))

    store = assert_type(client.vector_stores.with_raw_response.retrieve("vs_1"), Response[VectorStore])
    deleted = assert_type(client.files.with_raw_response.delete("file-1"), Response[FileDeleted])
    batch = assert_type(
        client.vector_stores.file_batches.with_raw_response.cancel("vsfb_1", vector_store_id="vs_1"),
        Response[VectorStoreFileBatch],
    )
    assert (store.parse().id, deleted.parse().deleted, batch.parse().id) == ("vs_1", True, "vsfb_1")


def _helpers(resource: Any) -> set[str]:
    """Methods the hand-written mixins (vectorstores.lib) add to a generated resource."""
    return {
        name
        for cls in type(resource).__mro__
        if cls.__module__.startswith("vectorstores.lib.")
        for name, value in vars(cls).items()
        if callable(value) and not name.startswith("_")
    }


@pytest.mark.parametrize("dotted", RESOURCES)
@pytest.mark.parametrize("view", ["with_raw_response", "with_streaming_response"])
def test_views_wrap_every_api_method(
    client: OpenAI, make_async_client: MakeAsyncClient, dotted: str, view: str
) -> None:
    """Each view offers every API operation of its resource, each wrapping
    the resource's own method of that name, sync and async alike."""
    for sdk in (client, make_async_client()):
        resource = _resource(sdk, dotted)
        wrapped = getattr(resource, view)
        names = set(_methods(wrapped))
        # Every operation; of the helpers, only those the resource map lists as one request.
        assert set(_methods(resource)) - _helpers(resource) <= names <= set(_methods(resource))
        for name in names:
            assert getattr(wrapped, name).__wrapped__ == getattr(resource, name), name


def test_raw_list_is_one_page_as_sent(client: OpenAI, recorder: Recorder) -> None:
    page = {"object": "list", "data": [vector_store()], "first_id": "vs_1", "last_id": "vs_1", "has_more": True}
    recorder.add("GET", "/vector_stores", Reply(json=page, headers={"x-request-id": "req_list"}))

    response = client.vector_stores.with_raw_response.list(limit=1)

    assert response.request_id == "req_list"
    parsed = response.parse()
    assert ([store.id for store in parsed.data], parsed.has_more) == (["vs_1"], True)
    assert len(recorder) == 1  # one page: no auto-paging behind a raw response


def test_with_raw_response_parse(client: OpenAI, recorder: Recorder) -> None:
    recorder.add("GET", "/vector_stores/vs_1", Reply(json=vector_store()))
    response = client.vector_stores.with_raw_response.retrieve("vs_1")
    assert response.parse().id == "vs_1"


def _resource(client: OpenAI | AsyncOpenAI, dotted: str) -> Any:
    target: Any = client
    for part in dotted.split("."):
        target = getattr(target, part)
    return target


def _methods(resource: Any) -> dict[str, list[str]]:
    methods: dict[str, list[str]] = {}
    for name in dir(resource):
        if name.startswith("_") or name in {"with_raw_response", "with_streaming_response"}:
            continue
        value = getattr(resource, name)
        if callable(value) and not isinstance(value, type):
            methods[name] = list(inspect.signature(value).parameters)
    return methods


@pytest.mark.parametrize("dotted", RESOURCES)
def test_sync_and_async_have_the_same_methods(client: OpenAI, make_async_client: MakeAsyncClient, dotted: str) -> None:
    sync_methods = _methods(_resource(client, dotted))
    async_methods = _methods(_resource(make_async_client(), dotted))

    assert sync_methods
    assert sorted(sync_methods) == sorted(async_methods)
    for name, parameters in sync_methods.items():
        assert parameters == async_methods[name], name


@pytest.mark.parametrize("dotted", RESOURCES)
def test_async_methods_are_awaitable(make_async_client: MakeAsyncClient, dotted: str) -> None:
    resource = _resource(make_async_client(), dotted)
    for name in _methods(resource):
        method = getattr(resource, name)
        if "AsyncPaginator" in str(inspect.signature(method).return_annotation):
            continue  # lists and pages return an AsyncPaginator: awaitable and async-iterable
        if name == "stream_content":
            assert hasattr(method("file-1"), "__aenter__"), name  # an async context manager
            continue
        assert inspect.iscoroutinefunction(method), name


def test_expected_methods_exist(client: OpenAI) -> None:
    assert {"create", "retrieve", "list", "delete", "content"} <= set(_methods(client.files))
    assert {"create", "retrieve", "update", "list", "delete", "search"} <= set(_methods(client.vector_stores))
    assert {"create", "create_and_poll", "poll", "upload", "upload_and_poll", "list", "delete"} <= set(
        _methods(client.vector_stores.files)
    )
    assert {"create", "create_and_poll", "poll", "upload_and_poll", "cancel", "list_files"} <= set(
        _methods(client.vector_stores.file_batches)
    )


def test_seed_paths_are_statically_typed(client: OpenAI) -> None:
    # Checked by mypy in `make typecheck` (assert_type is a no-op at run time): seed code that
    # goes through client.beta gets the real types, not Any.
    from vectorstores.resources.vector_stores import AsyncVectorStores, FileBatches, Files, VectorStores

    assert_type(client.beta.vector_stores, VectorStores)
    assert_type(client.beta.vector_stores.files, Files)
    assert_type(client.beta.vector_stores.file_batches, FileBatches)
    assert client.beta.vector_stores is client.vector_stores
    async_client = AsyncOpenAI(api_key="k")
    assert_type(async_client.beta.vector_stores, AsyncVectorStores)
    assert async_client.beta.vector_stores is async_client.vector_stores


def test_patching_the_class_reaches_a_resource_that_used_the_method(
    client: OpenAI, recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vectorstores.resources.vector_stores import VectorStores

    recorder.add("GET", "/vector_stores/vs_1", Reply(json=vector_store()))
    client.vector_stores.retrieve("vs_1")  # made and kept

    monkeypatch.setattr(VectorStores, "retrieve", lambda self, vector_store_id: f"patched {vector_store_id}")

    patched: object = client.vector_stores.retrieve("vs_1")
    assert patched == "patched vs_1"
    assert len(recorder) == 1


def test_openais_hand_chosen_type_names_are_offered_too() -> None:
    """openai-python's names: request objects are TypedDicts (calling one gives a dict), response
    objects the document's models under openai's names, each in a module of its own."""
    import typing

    from vectorstores import types
    from vectorstores.types.file_chunking_strategy_param import FileChunkingStrategyParam
    from vectorstores.types.static_file_chunking_strategy import StaticFileChunkingStrategy
    from vectorstores.types.vector_store import ExpiresAfter
    from vectorstores_raw import models

    made = types.StaticFileChunkingStrategyObjectParam(
        type="static", static={"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400}
    )
    assert made == {"type": "static", "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400}}
    assert set(typing.get_args(FileChunkingStrategyParam)) == {
        types.AutoFileChunkingStrategyParam,
        types.StaticFileChunkingStrategyObjectParam,
    }
    assert StaticFileChunkingStrategy is models.StaticChunkingStrategy
    assert ExpiresAfter is models.VectorStoreExpirationPolicy
    assert types.FileContent is str
    assert "assistants" in typing.get_args(types.FilePurpose)
    assert {"FileChunkingStrategy", "OtherFileChunkingStrategyObject", "VectorStoreCreateParams"} <= set(types.__all__)
    # openai's shared modules name the union a compound filter's ``filters`` holds, for responses and requests.
    from vectorstores.types.shared import compound_filter
    from vectorstores.types.shared_params import compound_filter as compound_filter_param

    assert set(typing.get_args(compound_filter.Filter)) == {models.ComparisonFilter, models.CompoundFilter}
    assert compound_filter.__all__ == ["CompoundFilter", "Filter"]
    assert "Filter" in compound_filter_param.__all__
