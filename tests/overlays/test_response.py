"""What the views return (raw and streaming responses), downloads as binary content, request ids,
page cursors, and the smaller drop-in pieces (bytes uploads, wait_for_processing, http clients)."""

from __future__ import annotations

import asyncio
import json
import tracemalloc
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import httpx2
import pytest
from vectorstores import (
    AsyncOpenAI,
    DefaultAioHttpClient,
    DefaultAsyncHttpxClient,
    DefaultHttpxClient,
    HttpxBinaryResponseContent,
    OpenAI,
)
from vectorstores.pagination import SyncCursorPage
from vectorstores.types import VectorStore, VectorStoreFile

from .conftest import FakeClock, MakeAsyncClient, Recorder, Reply, file_object, store_list, vector_store


def test_raw_response_is_read_and_tells_the_request(client: OpenAI, recorder: Recorder) -> None:
    recorder.add("GET", "/vector_stores/vs_1", Reply(json=vector_store(), headers={"x-request-id": "req_1"}))

    response = client.vector_stores.with_raw_response.retrieve("vs_1")

    assert response.is_closed
    assert response.http_request.method == "GET"
    assert response.http_request.headers["X-Stainless-Lang"] == "python"
    assert response.http_request.url.path == "/v1/vector_stores/vs_1"
    assert json.loads(response.text)["id"] == "vs_1"
    assert response.json()["id"] == "vs_1"
    store = response.parse()
    assert isinstance(store, VectorStore)
    assert store._request_id == "req_1"
    assert response.parse() is store  # parsed once


def _streamed(body: Any) -> Any:
    # Content from an iterator stays on the wire until read (bytes would arrive read already).
    return lambda request: httpx2.Response(200, content=iter([json.dumps(body).encode()]))


def test_streaming_response_leaves_the_body_until_asked(client: OpenAI, recorder: Recorder) -> None:
    recorder.add("GET", "/vector_stores/vs_1", _streamed(vector_store()))

    with client.vector_stores.with_streaming_response.retrieve("vs_1") as response:
        assert not response.is_closed
        assert response.parse().id == "vs_1"
    assert response.is_closed


def test_streaming_list_parses_to_a_page(client: OpenAI, recorder: Recorder) -> None:
    recorder.add("GET", "/vector_stores", Reply(json=store_list(["vs_1", "vs_2"], has_more=False)))

    with client.vector_stores.with_streaming_response.list() as response:
        page = response.parse()
    assert isinstance(page, cast(Any, SyncCursorPage)[VectorStore])  # a real class per item type
    assert [store.id for store in page] == ["vs_1", "vs_2"]


def test_raw_list_parses_to_the_page_that_walks_on(client: OpenAI, recorder: Recorder) -> None:
    recorder.add(
        "GET",
        "/vector_stores",
        Reply(json=store_list(["vs_1"], has_more=True)),
        Reply(json=store_list(["vs_2"], has_more=False)),
    )
    page = client.vector_stores.with_raw_response.list(limit=1).parse()
    assert isinstance(page, SyncCursorPage)
    info = page.next_page_info()
    assert info is not None and info.params["after"] == "vs_1"
    assert [store.id for store in page] == ["vs_1", "vs_2"]
    assert recorder.requests[-1].url.params["after"] == "vs_1"


def test_async_views(make_async_client: MakeAsyncClient, recorder: Recorder) -> None:
    recorder.add(
        "GET",
        "/vector_stores/vs_1",
        Reply(json=vector_store(), headers={"x-request-id": "req_a"}),
        lambda request: httpx2.Response(200, content=_chunks(vector_store())),
    )
    recorder.add("GET", "/vector_stores", Reply(json=store_list(["vs_1"], has_more=False)))

    async def main() -> tuple[Any, ...]:
        async with make_async_client() as client:
            raw = await client.vector_stores.with_raw_response.retrieve("vs_1")
            listed = await client.vector_stores.with_raw_response.list()
            async with client.vector_stores.with_streaming_response.retrieve("vs_1") as streamed:
                open_inside = not streamed.is_closed
                parsed = await streamed.parse()
            return raw.parse()._request_id, listed.parse().data[0].id, open_inside, parsed.id, streamed.is_closed

    assert asyncio.run(main()) == ("req_a", "vs_1", True, "vs_1", True)


async def _chunks(body: Any) -> Any:
    yield json.dumps(body).encode()


def _download_client(payload: bytes) -> OpenAI:
    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, content=payload, headers={"content-type": "application/octet-stream"})

    return OpenAI(
        api_key="k", base_url="https://api.test/v1", http_client=httpx2.Client(transport=httpx2.MockTransport(handler))
    )


def test_binary_content_reads_like_openais(tmp_path: Path) -> None:
    client = _download_client(b'{"a": 1}')
    content = client.files.content("file-1")

    assert isinstance(content, HttpxBinaryResponseContent)
    assert (content.content, content.text, content.json(), content.read()) == (
        b'{"a": 1}',
        '{"a": 1}',
        {"a": 1},
        b'{"a": 1}',
    )
    assert b"".join(content.iter_bytes()) == b'{"a": 1}'
    content.write_to_file(tmp_path / "out.json")
    assert (tmp_path / "out.json").read_bytes() == b'{"a": 1}'
    assert client.files.with_raw_response.content("file-1").parse().content == b'{"a": 1}'


def test_binary_content_offers_openais_readers_sync_and_async(tmp_path: Path) -> None:
    content = _download_client(b"one\ntwo\n").files.content("file-1")
    assert content.charset_encoding is None and "".join(content.iter_text()) == "one\ntwo\n"
    assert list(content.iter_lines()) == ["one", "two"]
    with pytest.warns(DeprecationWarning, match="with_streaming_response"):
        content.stream_to_file(tmp_path / "out.txt")  # openai-python warns too: the body was read already
    assert (tmp_path / "out.txt").read_bytes() == b"one\ntwo\n"

    async def read_async() -> tuple[bytes, list[str]]:
        transport = httpx2.MockTransport(lambda request: httpx2.Response(200, content=b"one\ntwo\n"))
        http = httpx2.AsyncClient(transport=transport)
        async with AsyncOpenAI(api_key="k", base_url="https://api.test/v1", http_client=http) as client:
            download = await client.files.content("file-1")
            body = await download.aread()
            lines = [line async for line in await download.aiter_lines()]
            await download.aclose()
        return body, lines

    assert asyncio.run(read_async()) == (b"one\ntwo\n", ["one", "two"])


def test_a_streamed_download_has_openais_type_name() -> None:
    from vectorstores._response import StreamedBinaryAPIResponse

    with _download_client(b"x").files.with_streaming_response.content("file-1") as response:
        assert isinstance(response, StreamedBinaryAPIResponse) and response.read() == b"x"


def test_streamed_download_goes_to_disk_in_constant_memory(tmp_path: Path) -> None:
    chunk = b"x" * 65536
    size = 64 * 1024 * 1024

    def body() -> Any:
        for _ in range(size // len(chunk)):
            yield chunk

    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, content=body())

    client = OpenAI(
        api_key="k", base_url="https://api.test/v1", http_client=httpx2.Client(transport=httpx2.MockTransport(handler))
    )
    tracemalloc.start()
    try:
        with client.files.with_streaming_response.content("file-1") as response:
            response.stream_to_file(tmp_path / "big.bin")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (tmp_path / "big.bin").stat().st_size == size
    assert peak < 8 * 1024 * 1024  # a 64 MiB download never held whole


def test_bytes_upload_is_sent_as_a_file(client: OpenAI, recorder: Recorder) -> None:
    recorder.add("POST", "/files", Reply(json=file_object()))
    client.files.create(file=b"hello", purpose="assistants")
    body = recorder.requests[0].content
    assert b"hello" in body and b'name="file"' in body


def test_wait_for_processing_polls_until_done(make_client: Any, recorder: Recorder, clock: FakeClock) -> None:
    recorder.add("GET", "/files/file-1", Reply(json={**file_object(), "status": "uploaded"}), Reply(json=file_object()))
    done = make_client().files.wait_for_processing("file-1", poll_interval=2.0)
    assert done.status == "processed"
    assert clock.sleeps == [2.0]


def test_wait_for_processing_gives_up_past_the_deadline(
    make_client: Any, recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vectorstores.lib import _files

    moments = iter([0.0, 5.0, 10.0, 15.0])
    monkeypatch.setattr(_files, "time", SimpleNamespace(monotonic=lambda: next(moments)))
    recorder.add("GET", "/files/file-1", Reply(json={**file_object(), "status": "uploaded"}))
    with pytest.raises(RuntimeError, match="Giving up on waiting for file file-1"):
        make_client().files.wait_for_processing("file-1", poll_interval=5.0, max_wait_seconds=12)
    assert len(recorder) == 3


def test_request_id_on_parsed_results(client: OpenAI, recorder: Recorder) -> None:
    recorder.add("GET", "/vector_stores/vs_1", Reply(json=vector_store(), headers={"x-request-id": "req_9"}))
    assert client.vector_stores.retrieve("vs_1")._request_id == "req_9"


def test_paging_parameters_are_left_to_the_server(client: OpenAI, recorder: Recorder) -> None:
    recorder.add("GET", "/vector_stores/vs_1/files", Reply(json={"object": "list", "data": [], "has_more": False}))
    client.vector_stores.files.list("vs_1", limit=0)
    assert recorder.requests[0].url.params["limit"] == "0"


def test_default_http_clients_carry_the_sdk_defaults() -> None:
    with DefaultHttpxClient() as sync_http:
        assert sync_http.timeout.read == 600 and sync_http.follow_redirects
    assert asyncio.run(_async_timeout(DefaultAsyncHttpxClient)) == 600

    async def aiohttp_client() -> bool:
        async with DefaultAioHttpClient() as http:
            return isinstance(http, httpx2.AsyncClient)

    assert asyncio.run(aiohttp_client())


async def _async_timeout(kind: Any) -> float | None:
    async with kind() as http:
        return http.timeout.read  # type: ignore[no-any-return]


def test_vector_store_file_type_lives_where_openai_has_it() -> None:
    from vectorstores.types.vector_stores import VectorStoreFile as Nested
    from vectorstores.types.vector_stores.vector_store_file import VectorStoreFile as Module

    assert Nested is Module is VectorStoreFile


def test_async_client_accepts_openais_options(make_async_client: MakeAsyncClient) -> None:
    client = AsyncOpenAI(api_key="k", timeout=20.0, _strict_response_validation=True)
    assert client.timeout == 20.0


def test_retrieve_content_is_deprecated_text_in_every_view() -> None:
    http = httpx2.Client(transport=httpx2.MockTransport(lambda request: httpx2.Response(200, content=b"plain text")))
    client = OpenAI(api_key="k", base_url="https://api.test/v1", http_client=http)
    with pytest.warns(DeprecationWarning, match="content"):
        assert client.files.retrieve_content("file-1") == "plain text"
    with pytest.warns(DeprecationWarning):
        assert client.files.with_raw_response.retrieve_content("file-1").parse() == "plain text"
    with pytest.warns(DeprecationWarning), pytest.raises(ValueError, match="non-empty value for `file_id`"):
        client.files.retrieve_content("")


def test_helpers_keep_the_signature_of_the_operation_they_wrap(make_async_client: MakeAsyncClient) -> None:
    from vectorstores._utils import assert_signatures_in_sync

    request_options = {"extra_headers", "extra_query", "extra_body", "timeout"}
    for sdk in (OpenAI(api_key="k"), make_async_client()):
        files, batches = sdk.vector_stores.files, sdk.vector_stores.file_batches
        assert_signatures_in_sync(files.create, files.create_and_poll)
        assert_signatures_in_sync(files.create, files.upload_and_poll, exclude_params={"file_id"} | request_options)
        assert_signatures_in_sync(batches.create, batches.create_and_poll)
    with pytest.raises(AssertionError, match="the `file_id` param is missing"):
        assert_signatures_in_sync(files.create, files.upload_and_poll)
