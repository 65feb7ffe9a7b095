"""Polling: waiting for files and batches, the server's hint, the caller's interval and deadline."""

from __future__ import annotations

import inspect

import pytest
from vectorstores import OpenAI, PollingTimeoutError

from .conftest import FakeClock, MakeAsyncClient, Recorder, Reply, batch, body_json, vs_file

FILE_PATH = "/vector_stores/vs_1/files/file-1"
BATCH_PATH = "/vector_stores/vs_1/file_batches/vsfb_1"
TRANSPORT_ONLY = {"extra_headers", "extra_query", "extra_body", "timeout"}


def in_progress_file(poll_after_ms: int | None = 300) -> Reply:
    headers = {} if poll_after_ms is None else {"openai-poll-after-ms": str(poll_after_ms)}
    return Reply(json=vs_file(status="in_progress"), headers=headers)


def test_poll_follows_server_hint(client: OpenAI, recorder: Recorder, clock: FakeClock) -> None:
    recorder.add("GET", FILE_PATH, in_progress_file(), in_progress_file(), Reply(json=vs_file(status="completed")))

    result = client.vector_stores.files.poll("file-1", vector_store_id="vs_1")

    assert result.status == "completed"
    assert result.id == "file-1"
    assert clock.sleeps == [0.3, 0.3]
    assert recorder.calls() == [("GET", "/v1" + FILE_PATH)] * 3


def test_poll_returns_failed_file_without_raising(client: OpenAI, recorder: Recorder, clock: FakeClock) -> None:
    recorder.add("GET", FILE_PATH, in_progress_file(100), Reply(json=vs_file(status="failed")))
    assert client.vector_stores.files.poll("file-1", vector_store_id="vs_1").status == "failed"
    assert clock.sleeps == [0.1]


def test_poll_without_hint_waits_one_second(client: OpenAI, recorder: Recorder, clock: FakeClock) -> None:
    recorder.add("GET", FILE_PATH, in_progress_file(None), Reply(json=vs_file()))
    client.vector_stores.files.poll("file-1", vector_store_id="vs_1")
    assert clock.sleeps == [1.0]


def test_poll_interval_overrides_header(client: OpenAI, recorder: Recorder, clock: FakeClock) -> None:
    recorder.add("GET", FILE_PATH, in_progress_file(), in_progress_file(), Reply(json=vs_file()))

    client.vector_stores.files.poll("file-1", vector_store_id="vs_1", poll_interval_ms=50)

    assert clock.sleeps == [0.05, 0.05]
    assert len(recorder) == 3


def test_poll_max_wait_raises_polling_timeout(client: OpenAI, recorder: Recorder, clock: FakeClock) -> None:
    recorder.add("GET", FILE_PATH, in_progress_file(400))

    with pytest.raises(PollingTimeoutError) as caught:
        client.vector_stores.files.poll("file-1", vector_store_id="vs_1", max_wait_seconds=1)

    message = str(caught.value)
    assert "file-1" in message
    assert "in_progress" in message
    assert caught.value.status == "in_progress"
    assert caught.value.last.id == "file-1"
    assert sum(clock.sleeps) == pytest.approx(1.0)
    assert clock.sleeps == pytest.approx([0.4, 0.4, 0.2])
    assert len(recorder) == 4  # the last look is right at the deadline


def test_poll_max_wait_zero_looks_once(client: OpenAI, recorder: Recorder, clock: FakeClock) -> None:
    recorder.add("GET", FILE_PATH, in_progress_file(400))
    with pytest.raises(PollingTimeoutError):
        client.vector_stores.files.poll("file-1", vector_store_id="vs_1", max_wait_seconds=0)
    assert len(recorder) == 1
    assert clock.sleeps == []


def test_create_and_poll_posts_then_gets(client: OpenAI, recorder: Recorder, clock: FakeClock) -> None:
    recorder.add("POST", "/vector_stores/vs_1/files", Reply(json=vs_file(status="in_progress")))
    recorder.add("GET", FILE_PATH, in_progress_file(200), Reply(json=vs_file()))

    result = client.vector_stores.files.create_and_poll("file-1", vector_store_id="vs_1", attributes={"team": "search"})

    assert result.status == "completed"
    assert recorder.calls() == [
        ("POST", "/v1/vector_stores/vs_1/files"),
        ("GET", "/v1" + FILE_PATH),
        ("GET", "/v1" + FILE_PATH),
    ]
    assert body_json(recorder.requests[0]) == {"file_id": "file-1", "attributes": {"team": "search"}}
    assert clock.sleeps == [0.2]


def test_file_batches_poll(client: OpenAI, recorder: Recorder, clock: FakeClock) -> None:
    recorder.add(
        "GET",
        BATCH_PATH,
        Reply(json=batch(status="in_progress"), headers={"openai-poll-after-ms": "250"}),
        Reply(json=batch(status="in_progress"), headers={"openai-poll-after-ms": "250"}),
        Reply(json=batch(status="completed")),
    )

    result = client.vector_stores.file_batches.poll("vsfb_1", vector_store_id="vs_1")

    assert result.status == "completed"
    assert result.id == "vsfb_1"
    assert clock.sleeps == [0.25, 0.25]
    assert len(recorder) == 3


def test_file_batches_poll_timeout_names_batch(client: OpenAI, recorder: Recorder) -> None:
    recorder.add("GET", BATCH_PATH, Reply(json=batch(status="in_progress")))
    with pytest.raises(PollingTimeoutError, match="vsfb_1") as caught:
        client.vector_stores.file_batches.poll("vsfb_1", vector_store_id="vs_1", max_wait_seconds=2)
    assert "in_progress" in str(caught.value)


def test_file_batches_create_and_poll(client: OpenAI, recorder: Recorder, clock: FakeClock) -> None:
    recorder.add("POST", "/vector_stores/vs_1/file_batches", Reply(json=batch(status="in_progress")))
    recorder.add("GET", BATCH_PATH, Reply(json=batch(status="in_progress")), Reply(json=batch()))

    result = client.vector_stores.file_batches.create_and_poll(
        "vs_1", file_ids=["file-1", "file-2"], poll_interval_ms=10
    )

    assert result.status == "completed"
    assert [method for method, _ in recorder.calls()] == ["POST", "GET", "GET"]
    assert body_json(recorder.requests[0]) == {"file_ids": ["file-1", "file-2"]}
    assert clock.sleeps == [0.01]


@pytest.mark.parametrize("resource", ["files", "file_batches"])
def test_create_and_poll_accepts_every_create_parameter(client: OpenAI, resource: str) -> None:
    group = getattr(client.vector_stores, resource)
    create = set(inspect.signature(group.create).parameters) - TRANSPORT_ONLY
    create_and_poll = set(inspect.signature(group.create_and_poll).parameters)
    assert create - create_and_poll == set()


@pytest.mark.parametrize("resource", ["files", "file_batches"])
def test_create_and_poll_accepts_every_create_body_parameter(client: OpenAI, resource: str) -> None:
    """The same check on the parameters the spec defines, without the bound `client` argument."""
    group = getattr(client.vector_stores, resource)
    create = {
        name
        for name, parameter in inspect.signature(group.create).parameters.items()
        if parameter.kind is not inspect.Parameter.POSITIONAL_ONLY
    }
    create_and_poll = set(inspect.signature(group.create_and_poll).parameters)
    assert create - TRANSPORT_ONLY - create_and_poll == set()


@pytest.mark.parametrize("bad", [0, -5, 1.5, True])
def test_bad_poll_interval_raises_before_any_request(client: OpenAI, recorder: Recorder, bad: object) -> None:
    recorder.add("POST", "/vector_stores/vs_1/files", Reply(json=vs_file()))
    recorder.add("POST", "/vector_stores/vs_1/file_batches", Reply(json=batch()))
    recorder.add("GET", FILE_PATH, Reply(json=vs_file()))
    files = client.vector_stores.files
    with pytest.raises(ValueError, match="poll_interval_ms"):
        files.poll("file-1", vector_store_id="vs_1", poll_interval_ms=bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="poll_interval_ms"):
        files.create_and_poll("file-1", vector_store_id="vs_1", poll_interval_ms=bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="poll_interval_ms"):
        client.vector_stores.file_batches.create_and_poll(
            "vs_1",
            file_ids=["file-1"],
            poll_interval_ms=bad,  # type: ignore[arg-type]
        )
    assert len(recorder) == 0


def test_negative_max_wait_raises_before_any_request(client: OpenAI, recorder: Recorder) -> None:
    with pytest.raises(ValueError, match="max_wait_seconds"):
        client.vector_stores.files.create_and_poll("file-1", vector_store_id="vs_1", max_wait_seconds=-1)
    assert len(recorder) == 0


@pytest.mark.anyio
async def test_async_poll(make_async_client: MakeAsyncClient, recorder: Recorder, clock: FakeClock) -> None:
    recorder.add("GET", FILE_PATH, in_progress_file(), in_progress_file(), Reply(json=vs_file()))

    async with make_async_client() as client:
        polled = await client.vector_stores.files.poll("file-1", vector_store_id="vs_1")

    assert polled.status == "completed"
    assert clock.sleeps == [0.3, 0.3]


@pytest.mark.anyio
async def test_async_create_and_poll_timeout(make_async_client: MakeAsyncClient, recorder: Recorder) -> None:
    recorder.add("POST", "/vector_stores/vs_1/file_batches", Reply(json=batch(status="in_progress")))
    recorder.add("GET", BATCH_PATH, Reply(json=batch(status="in_progress"), headers={"openai-poll-after-ms": "400"}))

    async with make_async_client() as client:
        with pytest.raises(PollingTimeoutError, match="vsfb_1"):
            await client.vector_stores.file_batches.create_and_poll("vs_1", file_ids=["file-1"], max_wait_seconds=1)
    assert [method for method, _ in recorder.calls()] == ["POST", "GET", "GET", "GET", "GET"]
