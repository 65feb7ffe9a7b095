"""Retries: which failures are retried, how many times, and how long the client waits."""

from __future__ import annotations

import email.utils
import io
import itertools
import time
from pathlib import Path
from typing import Any

import httpx2
import pytest
from vectorstores import (
    APIConnectionError,
    APITimeoutError,
    AsyncOpenAI,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
)
from vectorstores._retries import RetryPolicy
from vectorstores_raw.errors import APIStatusError

from .conftest import (
    API_KEY,
    BASE_URL,
    FakeClock,
    MakeAsyncClient,
    MakeClient,
    Recorder,
    Reply,
    file_object,
    vector_store,
)

PATH = "/vector_stores/vs_1"
OK = Reply(json=vector_store())


def without_boundary(request: httpx2.Request) -> bytes:
    boundary = request.headers["content-type"].split("boundary=")[1].encode()
    return request.content.replace(boundary, b"BOUNDARY")


def failure(status: int, headers: dict[str, str] | None = None) -> Reply:
    return Reply(status, {"error": {"message": f"status {status}"}}, headers or {})


@pytest.mark.parametrize("status", [429, 500, 503, 408, 409])
@pytest.mark.parametrize("failures", [1, 2])
def test_retryable_status_then_success(
    make_client: MakeClient, recorder: Recorder, clock: FakeClock, status: int, failures: int
) -> None:
    recorder.add("GET", PATH, *[failure(status)] * failures, OK)

    store = make_client(max_retries=2).vector_stores.retrieve("vs_1")

    assert store.id == "vs_1"
    assert len(recorder) == failures + 1
    assert len(clock.sleeps) == failures


@pytest.mark.parametrize(
    ("status", "error"),
    [(429, RateLimitError), (500, InternalServerError), (503, InternalServerError), (409, ConflictError)],
)
def test_retries_exhausted_raise_typed_error(
    make_client: MakeClient, recorder: Recorder, clock: FakeClock, status: int, error: type[Exception]
) -> None:
    recorder.add("GET", PATH, failure(status), failure(status), failure(status), OK)

    with pytest.raises(error) as caught:
        make_client(max_retries=2).vector_stores.retrieve("vs_1")

    assert isinstance(caught.value, APIStatusError)
    assert caught.value.status_code == status
    assert len(recorder) == 3
    assert len(clock.sleeps) == 2


def test_408_exhausted_is_a_status_error(make_client: MakeClient, recorder: Recorder) -> None:
    recorder.add("GET", PATH, failure(408))
    with pytest.raises(APIStatusError) as caught:
        make_client(max_retries=1).vector_stores.retrieve("vs_1")
    assert caught.value.status_code == 408
    assert len(recorder) == 2


def test_retry_after_ms_header(make_client: MakeClient, recorder: Recorder, clock: FakeClock) -> None:
    recorder.add("GET", PATH, failure(429, {"retry-after-ms": "250"}), OK)
    make_client().vector_stores.retrieve("vs_1")
    assert clock.sleeps == [0.25]


def test_retry_after_ms_wins_over_retry_after(make_client: MakeClient, recorder: Recorder, clock: FakeClock) -> None:
    recorder.add("GET", PATH, failure(429, {"retry-after-ms": "100", "Retry-After": "7"}), OK)
    make_client().vector_stores.retrieve("vs_1")
    assert clock.sleeps == [0.1]


def test_retry_after_seconds_header(make_client: MakeClient, recorder: Recorder, clock: FakeClock) -> None:
    recorder.add("GET", PATH, failure(503, {"Retry-After": "2"}), OK)
    make_client().vector_stores.retrieve("vs_1")
    assert clock.sleeps == [2.0]


def test_retry_after_http_date(make_client: MakeClient, recorder: Recorder, clock: FakeClock) -> None:
    date = email.utils.formatdate(time.time() + 3, usegmt=True)
    recorder.add("GET", PATH, failure(429, {"Retry-After": date}), OK)
    make_client().vector_stores.retrieve("vs_1")
    [slept] = clock.sleeps
    assert slept == pytest.approx(3, abs=1.5)


def test_unreasonable_retry_after_falls_back_to_backoff(
    make_client: MakeClient, recorder: Recorder, clock: FakeClock
) -> None:
    recorder.add("GET", PATH, failure(429, {"Retry-After": "3600"}), OK)
    make_client().vector_stores.retrieve("vs_1")
    [slept] = clock.sleeps
    assert 0.375 <= slept <= 0.5


def test_backoff_without_hints(make_client: MakeClient, recorder: Recorder, clock: FakeClock) -> None:
    recorder.add("GET", PATH, failure(500), failure(500), OK)
    make_client(max_retries=2).vector_stores.retrieve("vs_1")
    first, second = clock.sleeps
    assert 0.375 <= first <= 0.5
    assert 0.75 <= second <= 1.0


def test_x_should_retry_false_stops_retries(make_client: MakeClient, recorder: Recorder, clock: FakeClock) -> None:
    recorder.add("GET", PATH, failure(500, {"x-should-retry": "false"}), OK)
    with pytest.raises(InternalServerError):
        make_client().vector_stores.retrieve("vs_1")
    assert len(recorder) == 1
    assert clock.sleeps == []


def test_x_should_retry_true_retries_a_400(make_client: MakeClient, recorder: Recorder) -> None:
    recorder.add("GET", PATH, failure(400, {"x-should-retry": "true"}), OK)
    assert make_client().vector_stores.retrieve("vs_1").id == "vs_1"
    assert len(recorder) == 2


@pytest.mark.parametrize(("status", "error"), [(400, BadRequestError), (404, NotFoundError)])
def test_client_errors_are_not_retried(
    make_client: MakeClient, recorder: Recorder, clock: FakeClock, status: int, error: type[Exception]
) -> None:
    recorder.add("GET", PATH, failure(status), OK)
    with pytest.raises(error):
        make_client().vector_stores.retrieve("vs_1")
    assert len(recorder) == 1
    assert clock.sleeps == []


def test_connection_error_retried_then_raised(make_client: MakeClient, recorder: Recorder, clock: FakeClock) -> None:
    recorder.add("GET", PATH, httpx2.ConnectError("connection refused"))
    with pytest.raises(APIConnectionError) as caught:
        make_client(max_retries=2).vector_stores.retrieve("vs_1")
    assert not isinstance(caught.value, APITimeoutError)
    assert len(recorder) == 3
    assert len(clock.sleeps) == 2


def test_connection_error_then_success(make_client: MakeClient, recorder: Recorder) -> None:
    recorder.add("GET", PATH, httpx2.ConnectError("reset"), OK)
    assert make_client().vector_stores.retrieve("vs_1").id == "vs_1"
    assert len(recorder) == 2


def test_timeout_retried_then_raised(make_client: MakeClient, recorder: Recorder) -> None:
    recorder.add("GET", PATH, httpx2.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError):
        make_client(max_retries=1).vector_stores.retrieve("vs_1")
    assert len(recorder) == 2


def test_max_retries_zero_sends_once(make_client: MakeClient, recorder: Recorder) -> None:
    recorder.add("GET", PATH, failure(500), OK)
    with pytest.raises(InternalServerError):
        make_client(max_retries=0).vector_stores.retrieve("vs_1")
    assert len(recorder) == 1


def test_negative_max_retries_is_refused(make_client: MakeClient) -> None:
    with pytest.raises(ValueError, match="max_retries"):
        make_client(max_retries=-1)


def test_multipart_upload_from_stream_is_resent_complete(make_client: MakeClient, recorder: Recorder) -> None:
    recorder.add("POST", "/files", failure(500), Reply(json=file_object()))

    uploaded = make_client().files.create(file=("a.txt", io.BytesIO(b"hello")), purpose="assistants")

    assert uploaded.id == "file-1"
    first, second = recorder.requests
    for request in (first, second):
        assert b"hello" in request.content
        assert b'filename="a.txt"' in request.content
        assert b"assistants" in request.content
    assert without_boundary(first) == without_boundary(second)


def test_multipart_upload_from_path_is_resent_complete(
    make_client: MakeClient, recorder: Recorder, tmp_path: Path
) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"hello from disk")
    recorder.add("POST", "/files", failure(503), Reply(json=file_object(filename="notes.txt")))

    make_client().files.create(file=path, purpose="assistants")

    assert len(recorder) == 2
    second = recorder.requests[1]
    assert b"hello from disk" in second.content
    assert b'filename="notes.txt"' in second.content


class _OneShotStream:
    """A named stream that cannot be rewound (like a pipe)."""

    name = "pipe.txt"

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def read(self, size: int = -1) -> Any:
        return self._data.read(size)


def test_upload_that_cannot_be_rewound_is_spooled_and_retried(make_client: MakeClient, recorder: Recorder) -> None:
    """A one-shot stream is copied before the first attempt, so the retry sends the same bytes."""
    recorder.add("POST", "/files", failure(500), Reply(json=file_object()))
    make_client().files.create(file=_OneShotStream(b"once"), purpose="assistants")  # type: ignore[arg-type]
    assert len(recorder) == 2
    assert all(
        b"once" in request.content and b'filename="pipe.txt"' in request.content for request in recorder.requests
    )


@pytest.mark.anyio
async def test_async_retry(make_async_client: MakeAsyncClient, recorder: Recorder, clock: FakeClock) -> None:
    recorder.add("GET", PATH, failure(429, {"retry-after-ms": "40"}), failure(500), OK)

    async with make_async_client(max_retries=2) as client:
        assert (await client.vector_stores.retrieve("vs_1")).id == "vs_1"
    assert len(recorder) == 3
    assert clock.sleeps[0] == 0.04
    assert 0.75 <= clock.sleeps[1] <= 1.0


@pytest.mark.anyio
async def test_async_retries_exhausted(make_async_client: MakeAsyncClient, recorder: Recorder) -> None:
    recorder.add("GET", PATH, httpx2.ConnectError("down"))

    async with make_async_client(max_retries=3) as client:
        with pytest.raises(APIConnectionError):
            await client.vector_stores.retrieve("vs_1")
    assert len(recorder) == 4


@pytest.mark.anyio
async def test_async_multipart_upload_is_resent_complete(
    make_async_client: MakeAsyncClient, recorder: Recorder
) -> None:
    recorder.add("POST", "/files", failure(500), Reply(json=file_object()))

    async with make_async_client() as client:
        await client.files.create(file=("a.txt", io.BytesIO(b"hello")), purpose="assistants")

    assert len(recorder) == 2
    assert b"hello" in recorder.requests[1].content


@pytest.mark.anyio
async def test_async_retries_sleep_in_the_running_event_loop(recorder: Recorder) -> None:
    """With the real clock the waits are real sleeps, the first one and tenacity's after it:
    anyio's, so they work under trio as well as asyncio (asyncio.sleep fails under trio)."""
    recorder.add("GET", PATH, failure(503, {"retry-after-ms": "20"}), failure(429, {"retry-after-ms": "20"}), OK)
    http = httpx2.AsyncClient(transport=httpx2.MockTransport(recorder.ahandle))
    started = time.monotonic()
    async with AsyncOpenAI(api_key=API_KEY, base_url=BASE_URL, http_client=http, max_retries=2) as client:
        assert (await client.vector_stores.retrieve("vs_1")).id == "vs_1"
    assert len(recorder) == 3
    assert time.monotonic() - started >= 0.04


@pytest.mark.anyio
async def test_retry_policy_without_an_injected_sleep_sleeps_in_any_event_loop() -> None:
    """``RetryPolicy``'s own default async sleep, used when no clock is given."""
    response = httpx2.Response(
        503, headers={"retry-after-ms": "10"}, request=httpx2.Request("GET", "https://api.test/v1/x")
    )
    attempts: list[float] = []

    async def flaky() -> str:
        attempts.append(time.monotonic())
        if len(attempts) < 3:
            raise APIStatusError("unavailable", response=response, body=None)
        return "done"

    assert await RetryPolicy(2).acall(flaky) == "done"
    assert len(attempts) == 3
    assert all(later - earlier >= 0.01 for earlier, later in itertools.pairwise(attempts))
