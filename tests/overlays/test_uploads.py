"""Uploads: what ``file`` may be, cleanup when attaching fails, and concurrent batch uploads."""

from __future__ import annotations

import io
import threading
import time
from pathlib import Path

import anyio
import httpx2
import pytest
from vectorstores import (
    APIConnectionError,
    AsyncOpenAI,
    BadRequestError,
    BatchUploadError,
    NotFoundError,
    OpenAI,
    PollingTimeoutError,
)
from vectorstores._clock import Clock

from .conftest import (
    MakeAsyncClient,
    Recorder,
    Reply,
    batch,
    body_json,
    file_deleted,
    file_object,
    multipart_filename,
    vs_file,
)

NAMES = [f"doc{i}.txt" for i in range(5)]


def test_path_upload_sends_name_and_content(client: OpenAI, recorder: Recorder, tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_bytes(b"# hello from a path")
    recorder.add("POST", "/files", Reply(json=file_object(filename="notes.md")))

    uploaded = client.files.create(file=path, purpose="assistants")
    client.files.create(file=str(path), purpose="assistants")

    assert uploaded.filename == "notes.md"
    for request in recorder.requests:
        assert request.url.path == "/v1/files"
        assert request.headers["content-type"].startswith("multipart/form-data")
        assert multipart_filename(request) == "notes.md"
        assert b"# hello from a path" in request.content
        assert b'name="purpose"\r\n\r\nassistants' in request.content


def test_open_binary_file_upload_uses_its_name(client: OpenAI, recorder: Recorder, tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(b"binary handle")
    recorder.add("POST", "/files", Reply(json=file_object()))
    with path.open("rb") as handle:
        client.files.create(file=handle, purpose="assistants")
    assert multipart_filename(recorder.requests[0]) == "report.txt"
    assert b"binary handle" in recorder.requests[0].content


def test_directory_is_refused_before_any_request(client: OpenAI, recorder: Recorder, tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError):
        client.files.create(file=tmp_path, purpose="assistants")
    assert len(recorder) == 0


def test_missing_path_is_refused_before_any_request(client: OpenAI, recorder: Recorder, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        client.files.create(file=tmp_path / "nope.txt", purpose="assistants")
    assert len(recorder) == 0


def test_nameless_content_is_sent_as_upload_but_refused_for_a_store(client: OpenAI, recorder: Recorder) -> None:
    recorder.add("POST", "/files", Reply(json=file_object()))
    client.files.create(file=b"hello", purpose="assistants")
    client.files.create(file=io.BytesIO(b"hello"), purpose="assistants")
    assert [multipart_filename(request) for request in recorder.requests] == ["upload", "upload"]
    # Attached to a store, a nameless file could only fail in processing: refused up front.
    with pytest.raises(ValueError, match="file name"):
        client.vector_stores.files.upload(vector_store_id="vs_1", file=b"hello")
    with pytest.raises(ValueError, match="file name"):
        client.vector_stores.file_batches.upload_and_poll("vs_1", files=[io.BytesIO(b"hello")])
    assert len(recorder) == 2


def test_text_mode_file_is_refused(client: OpenAI, recorder: Recorder, tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text("text")
    with path.open() as handle, pytest.raises(TypeError, match="binary"):
        client.files.create(file=handle, purpose="assistants")  # type: ignore[arg-type]
    assert len(recorder) == 0


def test_tuple_upload(client: OpenAI, recorder: Recorder) -> None:
    recorder.add("POST", "/files", Reply(json=file_object(filename="data.csv")))

    client.files.create(file=("data.csv", b"a,b\n1,2", "text/csv"), purpose="assistants")
    client.files.create(file=("plain.txt", io.BytesIO(b"from a stream")), purpose="assistants")

    first, second = recorder.requests
    assert multipart_filename(first) == "data.csv"
    assert b"Content-Type: text/csv" in first.content
    assert b"a,b\n1,2" in first.content
    assert multipart_filename(second) == "plain.txt"
    assert b"Content-Type: text/plain" in second.content
    assert b"from a stream" in second.content


def test_upload_deletes_file_when_attach_fails(client: OpenAI, recorder: Recorder) -> None:
    recorder.add("POST", "/files", Reply(json=file_object("file-1")))
    recorder.add("POST", "/vector_stores/vs_1/files", Reply(404, {"error": {"message": "No vector store vs_1"}}))
    recorder.add("DELETE", "/files/file-1", Reply(json=file_deleted("file-1")))

    with pytest.raises(NotFoundError, match="No vector store"):
        client.vector_stores.files.upload(vector_store_id="vs_1", file=("a.txt", b"abc"))

    assert recorder.calls() == [
        ("POST", "/v1/files"),
        ("POST", "/v1/vector_stores/vs_1/files"),
        ("DELETE", "/v1/files/file-1"),
    ]
    assert body_json(recorder.requests[1]) == {"file_id": "file-1"}


def test_upload_attaches_uploaded_file(client: OpenAI, recorder: Recorder) -> None:
    recorder.add("POST", "/files", Reply(json=file_object("file-9")))
    recorder.add("POST", "/vector_stores/vs_1/files", Reply(json=vs_file("file-9")))

    attached = client.vector_stores.files.upload(vector_store_id="vs_1", file=("a.txt", b"abc"))

    assert attached.id == "file-9"
    assert body_json(recorder.requests[1]) == {"file_id": "file-9"}
    assert not recorder.matching("DELETE", "/files/file-9")


@pytest.mark.anyio
async def test_async_upload_deletes_file_when_attach_fails(
    make_async_client: MakeAsyncClient, recorder: Recorder
) -> None:
    recorder.add("POST", "/files", Reply(json=file_object("file-1")))
    recorder.add("POST", "/vector_stores/vs_1/files", Reply(404, {"error": {"message": "gone"}}))
    recorder.add("DELETE", "/files/file-1", Reply(json=file_deleted("file-1")))

    async with make_async_client() as client:
        with pytest.raises(NotFoundError):
            await client.vector_stores.files.upload(vector_store_id="vs_1", file=("a.txt", b"abc"))
    assert recorder.calls()[-1] == ("DELETE", "/v1/files/file-1")


# --- file_batches.upload_and_poll ---------------------------------------------------------------


def file_id_for(request: httpx2.Request) -> str:
    return "file-" + multipart_filename(request).removesuffix(".txt")


def slow_first_upload(request: httpx2.Request) -> Reply:
    """Uploads answer in reverse order: the earlier the file, the longer it takes."""
    name = multipart_filename(request)
    time.sleep(0.01 * (len(NAMES) - NAMES.index(name)))
    return Reply(json=file_object(file_id_for(request), filename=name))


async def aslow_first_upload(request: httpx2.Request) -> Reply:
    name = multipart_filename(request)
    await anyio.sleep(0.01 * (len(NAMES) - NAMES.index(name)))
    return Reply(json=file_object(file_id_for(request), filename=name))


def batch_routes(recorder: Recorder) -> None:
    recorder.add("POST", "/vector_stores/vs_1/file_batches", Reply(json=batch(status="in_progress")))
    recorder.add("GET", "/vector_stores/vs_1/file_batches/vsfb_1", Reply(json=batch(status="completed")))


def test_upload_and_poll_keeps_input_order(client: OpenAI, recorder: Recorder) -> None:
    recorder.add("POST", "/files", slow_first_upload)
    batch_routes(recorder)
    progress: list[tuple[int, int]] = []
    lock = threading.Lock()

    def on_progress(done: int, total: int) -> None:
        with lock:
            progress.append((done, total))

    result = client.vector_stores.file_batches.upload_and_poll(
        "vs_1", files=[(name, name.encode()) for name in NAMES], max_concurrency=2, on_progress=on_progress
    )

    assert result.status == "completed"
    [create] = recorder.matching("POST", "/vector_stores/vs_1/file_batches")
    assert body_json(create) == {"file_ids": [f"file-doc{i}" for i in range(5)]}
    assert len(recorder.matching("POST", "/files")) == 5
    assert len(progress) == 5
    assert progress[-1] == (5, 5)
    assert {total for _, total in progress} == {5}
    assert not [r for r in recorder.requests if r.method == "DELETE"]


def test_upload_and_poll_respects_max_concurrency(client: OpenAI, recorder: Recorder) -> None:
    active = 0
    peak = 0
    lock = threading.Lock()

    def counting(request: httpx2.Request) -> Reply:
        nonlocal active, peak
        with lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.01)
        with lock:
            active -= 1
        return Reply(json=file_object(file_id_for(request)))

    recorder.add("POST", "/files", counting)
    batch_routes(recorder)
    client.vector_stores.file_batches.upload_and_poll("vs_1", files=[(name, b"x") for name in NAMES], max_concurrency=2)
    assert 1 <= peak <= 2


def test_upload_and_poll_failure_deletes_uploaded_files(client: OpenAI, recorder: Recorder) -> None:
    returned: list[str] = []
    lock = threading.Lock()

    def upload(request: httpx2.Request) -> Reply:
        if multipart_filename(request) == "doc2.txt":
            return Reply(400, {"error": {"message": "unsupported file"}})
        file_id = file_id_for(request)
        with lock:
            returned.append(file_id)
        return Reply(json=file_object(file_id))

    recorder.add("POST", "/files", upload)
    for name in NAMES:
        file_id = "file-" + name.removesuffix(".txt")
        recorder.add("DELETE", f"/files/{file_id}", Reply(json=file_deleted(file_id)))

    with pytest.raises(BatchUploadError) as caught:
        client.vector_stores.file_batches.upload_and_poll(
            "vs_1", files=[(name, b"data") for name in NAMES], max_concurrency=2
        )

    assert set(caught.value.failures) == {2}
    assert isinstance(caught.value.failures[2], BadRequestError)
    assert len(recorder.matching("POST", "/files")) - 1 == len(returned)  # the 400 is not retried
    deleted = [r.url.path.removeprefix("/v1/files/") for r in recorder.requests if r.method == "DELETE"]
    assert returned
    assert sorted(deleted) == sorted(returned)
    assert not recorder.matching("POST", "/vector_stores/vs_1/file_batches")


def test_upload_and_poll_checks_every_file_before_uploading(client: OpenAI, recorder: Recorder, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"files\[1\]"):
        client.vector_stores.file_batches.upload_and_poll("vs_1", files=[("a.txt", b"a"), tmp_path / "missing.txt"])
    with pytest.raises(ValueError, match="max_concurrency"):
        client.vector_stores.file_batches.upload_and_poll("vs_1", files=[("a.txt", b"a")], max_concurrency=0)
    with pytest.raises(ValueError, match="at least one"):
        client.vector_stores.file_batches.upload_and_poll("vs_1", files=[])
    assert len(recorder) == 0


@pytest.mark.anyio
async def test_async_upload_and_poll_keeps_input_order(make_async_client: MakeAsyncClient, recorder: Recorder) -> None:
    recorder.add("POST", "/files", aslow_first_upload)
    batch_routes(recorder)
    progress: list[tuple[int, int]] = []

    async with make_async_client() as client:
        result = await client.vector_stores.file_batches.upload_and_poll(
            "vs_1",
            files=[(name, name.encode()) for name in NAMES],
            max_concurrency=3,
            on_progress=lambda done, total: progress.append((done, total)),
        )

    assert result.status == "completed"
    [create] = recorder.matching("POST", "/vector_stores/vs_1/file_batches")
    assert body_json(create) == {"file_ids": [f"file-doc{i}" for i in range(5)]}
    assert progress == [(1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]


@pytest.mark.anyio
async def test_async_upload_and_poll_failure_deletes_uploaded_files(
    make_async_client: MakeAsyncClient, recorder: Recorder
) -> None:
    returned: list[str] = []

    async def upload(request: httpx2.Request) -> Reply:
        if multipart_filename(request) == "doc0.txt":
            await anyio.sleep(0.02)
            return Reply(400, {"error": {"message": "unsupported file"}})
        returned.append(file_id_for(request))
        return Reply(json=file_object(file_id_for(request)))

    recorder.add("POST", "/files", upload)
    for name in NAMES:
        file_id = "file-" + name.removesuffix(".txt")
        recorder.add("DELETE", f"/files/{file_id}", Reply(json=file_deleted(file_id)))

    async with make_async_client() as client:
        with pytest.raises(BatchUploadError) as caught:
            await client.vector_stores.file_batches.upload_and_poll(
                "vs_1", files=[(name, b"data") for name in NAMES], max_concurrency=5
            )
    assert set(caught.value.failures) == {0}
    deleted = [r.url.path.removeprefix("/v1/files/") for r in recorder.requests if r.method == "DELETE"]
    assert sorted(deleted) == sorted(returned) == [f"file-doc{i}" for i in range(1, 5)]
    assert not recorder.matching("POST", "/vector_stores/vs_1/file_batches")


def test_polling_timeout_after_batch_creation_keeps_the_files(client: OpenAI, recorder: Recorder) -> None:
    recorder.add("POST", "/files", lambda request: Reply(json=file_object(file_id_for(request))))
    recorder.add("POST", "/vector_stores/vs_1/file_batches", Reply(json=batch(status="in_progress")))
    recorder.add("GET", "/vector_stores/vs_1/file_batches/vsfb_1", Reply(json=batch(status="in_progress")))
    recorder.add("DELETE", "/files/file-doc0", Reply(json=file_deleted("file-doc0")))

    with pytest.raises(PollingTimeoutError):
        client.vector_stores.file_batches.upload_and_poll("vs_1", files=[("doc0.txt", b"x")], max_wait_seconds=1)

    assert recorder.matching("POST", "/vector_stores/vs_1/file_batches")
    assert not recorder.matching("DELETE", "/files/file-doc0")


def test_file_content_streams_in_chunks_and_raises_typed_errors() -> None:

    payload = bytes(range(256)) * 1024

    def handler(request: httpx2.Request) -> httpx2.Response:
        if request.url.path.endswith("/missing/content"):
            return httpx2.Response(404, json={"error": {"message": "No such File object: missing", "type": "x"}})
        return httpx2.Response(200, content=payload)

    client = OpenAI(
        api_key="k", base_url="https://api.test/v1", http_client=httpx2.Client(transport=httpx2.MockTransport(handler))
    )
    assert client.files.content("file-1").content == payload
    with client.files.stream_content("file-1") as response:
        chunks = list(response.iter_bytes(chunk_size=65536))
    assert b"".join(chunks) == payload and len(chunks) > 1
    with pytest.raises(NotFoundError), client.files.stream_content("missing"):
        pass

    async def run() -> bytes:
        aclient = AsyncOpenAI(
            api_key="k",
            base_url="https://api.test/v1",
            http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(handler)),
        )
        async with aclient.files.stream_content("file-1") as response:
            return b"".join([chunk async for chunk in response.aiter_bytes()])

    assert anyio.run(run) == payload


def test_streamed_content_is_retried_and_maps_transport_errors() -> None:

    calls: list[str] = []

    def flaky(request: httpx2.Request) -> httpx2.Response:
        calls.append(request.url.path)
        if len(calls) == 1:
            return httpx2.Response(503, json={"error": {"message": "busy", "type": "server_error"}})
        return httpx2.Response(200, content=b"payload")

    class NoWait(Clock):
        def now(self) -> float:
            return 0.0

        def sleep(self, seconds: float) -> None:
            pass

        async def asleep(self, seconds: float) -> None:
            pass

    client = OpenAI(
        api_key="k",
        base_url="https://api.test/v1",
        http_client=httpx2.Client(transport=httpx2.MockTransport(flaky)),
        _clock=NoWait(),
    )
    with client.files.stream_content("file-1") as response:
        assert response.read() == b"payload"
    assert calls == ["/v1/files/file-1/content"] * 2

    def refuse(request: httpx2.Request) -> httpx2.Response:
        raise httpx2.ConnectError("refused", request=request)

    down = client.with_options(http_client=httpx2.Client(transport=httpx2.MockTransport(refuse)), max_retries=0)
    with pytest.raises(APIConnectionError), down.files.stream_content("file-1"):
        pass


def test_a_path_is_streamed_from_disk_in_chunks(tmp_path: Path) -> None:
    from vectorstores._uploads import opened
    from vectorstores_raw import Client
    from vectorstores_raw.api.files import create_file

    path = tmp_path / "big.bin"
    path.write_bytes(bytes(range(256)) * 4096)  # 1 MiB
    with opened(path) as part, httpx2.Client(base_url="https://api.test/v1") as http:
        assert hasattr(part.payload, "read"), "the upload holds an open file, not its bytes"
        options = create_file.request_options(file=part, purpose="assistants")
        request = Client(base_url="https://api.test/v1").build_request(http, options)
        sizes = [len(chunk) for chunk in request.stream]  # type: ignore[union-attr]
    assert sum(sizes) > 1 << 20
    assert max(sizes) <= 64 * 1024 and len(sizes) >= 16, "the body is produced in bounded chunks"
