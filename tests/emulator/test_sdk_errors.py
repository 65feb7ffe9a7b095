"""Errors from the emulator reach the caller as typed SDK exceptions carrying the server's message,
param and code; the retry policy acts on injected faults as documented (retried statuses, server
wait hints, dropped connections, ``x-should-retry``, bodies that cannot be replayed)."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import vectorstores
from vectorstores import AsyncOpenAI, OpenAI
from vectorstores._clock import Clock

from .conftest import API_KEY, Control, Served

STORE_PATH = "/v1/vector_stores/*"


class RecordingClock(Clock):
    """Real time, but sleeps are recorded and skipped: the retry waits can be checked exactly
    and the backoff of a dropped connection (0.4-0.5 s) costs nothing."""

    def __init__(self) -> None:
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)


@pytest.fixture
def retrying(emulator: Served) -> Iterator[OpenAI]:
    """A client with the default two retries, as a user would build it."""
    with OpenAI(api_key=API_KEY, base_url=emulator.base_url, max_retries=2) as sdk:
        yield sdk


def store_gets(control: Control, store_id: str) -> list[dict[str, Any]]:
    """The GETs of one store the emulator saw, with the fault that answered each (if any)."""
    return [r for r in control.requests() if r["method"] == "GET" and r["path"] == f"/v1/vector_stores/{store_id}"]


# --- typed errors with the server's words -------------------------------------------------------


def not_found_calls(client: OpenAI, store_id: str) -> list[tuple[str, str, Callable[[], object]]]:
    """(kind, missing id, call) for each operation that looks an object up."""
    vs, files, batches = client.vector_stores, client.vector_stores.files, client.vector_stores.file_batches
    return [
        ("VectorStore", "vs_missing", lambda: vs.retrieve("vs_missing")),
        ("VectorStore", "vs_missing", lambda: vs.update("vs_missing", name="x")),
        ("VectorStore", "vs_missing", lambda: vs.delete("vs_missing")),
        ("VectorStore", "vs_missing", lambda: vs.search("vs_missing", query="q")),
        ("VectorStore", "vs_missing", lambda: vs.files.list("vs_missing")),
        ("File", "file-missing", lambda: client.files.retrieve("file-missing")),
        ("File", "file-missing", lambda: client.files.delete("file-missing")),
        ("File", "file-missing", lambda: client.files.content("file-missing")),
        ("File", "file-missing", lambda: vs.create(file_ids=["file-missing"])),
        ("File", "file-missing", lambda: files.create(store_id, file_id="file-missing")),
        ("VectorStoreFile", "file-missing", lambda: files.retrieve("file-missing", vector_store_id=store_id)),
        ("VectorStoreFile", "file-missing", lambda: files.delete("file-missing", vector_store_id=store_id)),
        ("VectorStoreFile", "file-missing", lambda: files.content("file-missing", vector_store_id=store_id)),
        ("VectorStoreFileBatch", "vsfb_missing", lambda: batches.retrieve("vsfb_missing", vector_store_id=store_id)),
        ("VectorStoreFileBatch", "vsfb_missing", lambda: batches.cancel("vsfb_missing", vector_store_id=store_id)),
    ]


def test_unknown_ids_raise_not_found(client: OpenAI) -> None:
    """Every lookup of an unknown id is a NotFoundError worded ``No such <kind> object: <id>``."""
    store_id = client.vector_stores.create(name="exists").id
    for kind, missing, call in not_found_calls(client, store_id):
        with pytest.raises(vectorstores.NotFoundError) as caught:
            call()
        error = caught.value
        assert error.message == f"Error code: 404 - No such {kind} object: {missing}", error.message
        assert error.status_code == 404
        assert error.type == "invalid_request_error"
        assert error.request_id is not None and error.request_id.startswith("req_")
        assert str(error) == f"Error code: 404 - No such {kind} object: {missing}"
    # Which list entry was unknown is named in param.
    with pytest.raises(vectorstores.NotFoundError) as caught:
        client.vector_stores.file_batches.create(store_id, file_ids=["file-missing"])
    assert caught.value.param == "file_ids[0]"


def test_streaming_an_unknown_file_raises_before_reading(client: OpenAI) -> None:
    """``stream_content`` raises the typed error on entering, with the message read from the body."""
    with (
        pytest.raises(vectorstores.NotFoundError, match="No such File object: file-nope"),
        client.files.stream_content("file-nope"),
    ):
        pytest.fail("the body of a 404 must not be handed out")


@pytest.mark.anyio
async def test_unknown_ids_raise_not_found_async(aclient: AsyncOpenAI) -> None:
    """The async twin, for one lookup per resource and the streamed download."""
    store_id = (await aclient.vector_stores.create(name="exists")).id
    with pytest.raises(vectorstores.NotFoundError, match=r"^Error code: 404 - No such VectorStore object: vs_x$"):
        await aclient.vector_stores.retrieve("vs_x")
    with pytest.raises(vectorstores.NotFoundError, match="No such VectorStoreFile object: file-x"):
        await aclient.vector_stores.files.retrieve("file-x", vector_store_id=store_id)
    with pytest.raises(vectorstores.NotFoundError, match="No such VectorStoreFileBatch object: vsfb_x"):
        await aclient.vector_stores.file_batches.retrieve("vsfb_x", vector_store_id=store_id)
    with pytest.raises(vectorstores.NotFoundError, match="No such File object: file-x"):
        async with aclient.files.stream_content("file-x"):
            pytest.fail("the body of a 404 must not be handed out")


def bad_request_calls(client: OpenAI, store_id: str, file_id: str) -> list[tuple[str, str, Callable[[], object]]]:
    """(param, start of message, call) for input the emulator refuses. The SDK checks the rules the
    document states before sending, so those go through ``extra_body``/``extra_query``, which
    are sent as given: what is tested is the server's answer and the typed error it becomes."""
    vs = client.vector_stores
    static = {"type": "static", "static": {"max_chunk_size_tokens": 200, "chunk_overlap_tokens": 101}}
    many = {f"k{i}": "v" for i in range(17)}
    return [
        (
            "max_num_results",
            "Invalid 'max_num_results': integer above maximum value. Expected a value <= 50, but got 51",
            lambda: vs.search(store_id, query="q", extra_body={"max_num_results": 51}),
        ),
        (
            "metadata",
            "Invalid 'metadata': too many properties. Expected an object with at most 16 properties, but got 17",
            lambda: vs.create(extra_body={"metadata": many}),
        ),
        (
            "metadata",
            "Invalid 'metadata': too many properties",
            lambda: vs.update(store_id, extra_body={"metadata": many}),
        ),
        (
            "chunking_strategy.static.chunk_overlap_tokens",
            "Invalid 'chunking_strategy.static.chunk_overlap_tokens': must be between 0 and half of "
            "max_chunk_size_tokens (100), but got 101.",
            lambda: vs.create(chunking_strategy=static),  # type: ignore[arg-type]
        ),
        (
            "attributes",
            "Invalid 'attributes': too many properties. Expected an object with at most 16 properties",
            lambda: vs.files.update(
                file_id, vector_store_id=store_id, attributes={}, extra_body={"attributes": dict.fromkeys(many, 1)}
            ),
        ),
        ("limit", "Invalid 'limit': integer above maximum value", lambda: list(vs.list(extra_query={"limit": 101}))),
        (
            "query",
            "Invalid 'query': must hold a word, not only spaces.",
            lambda: vs.search(store_id, query="x", extra_body={"query": "  "}),
        ),
        (
            "files",
            "Provide either 'file_ids' or 'files', not both.",
            lambda: vs.file_batches.create(store_id, file_ids=[file_id], files=[{"file_id": file_id}]),
        ),
        (
            "purpose",
            "'nonsense' is not one of",
            lambda: client.files.create(file=("a.txt", b"x"), purpose="assistants", extra_body={"purpose": "nonsense"}),
        ),
    ]


def test_invalid_input_raises_bad_request(client: OpenAI, control: Control) -> None:
    """The SDK sends these on unchecked; the emulator's 400 comes back as BadRequestError with its
    message and the param at fault."""
    store_id = client.vector_stores.create(name="exists").id
    file_id = client.vector_stores.files.upload(vector_store_id=store_id, file=("a.txt", b"w")).id
    calls = bad_request_calls(client, store_id, file_id)
    for param, message, call in calls:
        with pytest.raises(vectorstores.BadRequestError) as caught:
            call()
        error = caught.value
        assert (error.status_code, error.param) == (400, param)
        assert error.message.startswith(f"Error code: 400 - {message}"), error.message
    # Each reached the server and was refused there.
    assert sum(1 for r in control.requests() if r["status"] == 400) == len(calls)


@pytest.mark.anyio
async def test_invalid_input_raises_bad_request_async(aclient: AsyncOpenAI) -> None:
    """The async twin, for a body limit and a query-string limit (sent past the SDK's own checks)."""
    store_id = (await aclient.vector_stores.create(name="exists")).id
    with pytest.raises(vectorstores.BadRequestError) as caught:
        await aclient.vector_stores.search(store_id, query="q", extra_body={"max_num_results": 51})
    assert (caught.value.param, caught.value.code) == ("max_num_results", "integer_above_max_value")
    with pytest.raises(vectorstores.BadRequestError) as caught:
        await aclient.vector_stores.files.list(store_id, extra_query={"limit": 0})
    assert caught.value.param == "limit"
    assert "Expected a value >= 1, but got 0" in caught.value.message


def test_wrong_api_key_raises_authentication_error(emulator: Served) -> None:
    """A wrong key is a 401 AuthenticationError that shows only the key's ends, never all of it."""
    wrong = "sk-wrong-secret-1234"
    with (
        OpenAI(api_key=wrong, base_url=emulator.base_url, max_retries=2) as sdk,
        pytest.raises(vectorstores.AuthenticationError) as caught,
    ):
        sdk.vector_stores.list()
    error = caught.value
    assert (error.status_code, error.code) == (401, "invalid_api_key")
    assert error.message == "Error code: 401 - Incorrect API key provided: sk-***1234."
    assert wrong not in str(error) and wrong not in repr(sdk)


@pytest.mark.anyio
async def test_wrong_api_key_raises_authentication_error_async(emulator: Served, control: Control) -> None:
    """The async twin; a 401 is not retried."""
    async with AsyncOpenAI(api_key="sk-nope-0000", base_url=emulator.base_url, max_retries=2) as sdk:
        with pytest.raises(vectorstores.AuthenticationError, match="Incorrect API key provided"):
            await sdk.files.create(file=("a.txt", b"x"), purpose="assistants")
    assert [r["status"] for r in control.requests()] == [401]


# --- retries against injected faults ------------------------------------------------------------


def test_two_503s_then_success(retrying: OpenAI, control: Control) -> None:
    """With max_retries=2, two 503s are retried and the third attempt's answer is returned."""
    store = retrying.vector_stores.create(name="flaky")
    control.fault(method="GET", path=STORE_PATH, times=2, status=503, retry_after_ms=5)
    assert retrying.vector_stores.retrieve(store.id).name == "flaky"
    assert [(r["status"], r["fault"]) for r in store_gets(control, store.id)] == [
        (503, "status"),
        (503, "status"),
        (200, None),
    ]


def test_three_503s_exhaust_the_retries(retrying: OpenAI, control: Control) -> None:
    """A third 503 is the last attempt: InternalServerError with the server's message."""
    store = retrying.vector_stores.create(name="down")
    control.fault(
        method="GET", path=STORE_PATH, times=3, status=503, retry_after_ms=5, message="The engine is overloaded."
    )
    with pytest.raises(vectorstores.InternalServerError) as caught:
        retrying.vector_stores.retrieve(store.id)
    assert (caught.value.status_code, caught.value.body["message"]) == (503, "The engine is overloaded.")  # type: ignore[index]
    assert caught.value.type == "server_error"
    assert len(store_gets(control, store.id)) == 3


@pytest.mark.anyio
async def test_503s_async(emulator: Served, control: Control) -> None:
    """The async twin: two 503s retried to success, then three exhaust the retries."""
    async with AsyncOpenAI(api_key=API_KEY, base_url=emulator.base_url, max_retries=2) as sdk:
        store = await sdk.vector_stores.create(name="flaky")
        control.fault(method="GET", path=STORE_PATH, times=2, status=503, retry_after_ms=5)
        assert (await sdk.vector_stores.retrieve(store.id)).id == store.id
        assert len(store_gets(control, store.id)) == 3
        control.fault(method="GET", path=STORE_PATH, times=3, status=503, retry_after_ms=5)
        with pytest.raises(vectorstores.InternalServerError):
            await sdk.vector_stores.retrieve(store.id)
        assert len(store_gets(control, store.id)) == 6


def test_429_waits_as_retry_after_ms_says(emulator: Served, control: Control) -> None:
    """A 429 is retried after exactly the ``retry-after-ms`` the server sent, not the backoff."""
    clock = RecordingClock()
    with OpenAI(api_key=API_KEY, base_url=emulator.base_url, max_retries=2, _clock=clock) as sdk:
        store = sdk.vector_stores.create(name="limited")
        control.fault(method="GET", path=STORE_PATH, times=2, status=429, retry_after_ms=37)
        assert sdk.vector_stores.retrieve(store.id).id == store.id
        # Retry-After in seconds is honoured too when there is no millisecond header.
        control.fault(method="GET", path=STORE_PATH, times=1, status=429, retry_after="2")
        assert sdk.vector_stores.retrieve(store.id).id == store.id
    assert clock.sleeps == [0.037, 0.037, 2.0]
    assert [r["status"] for r in store_gets(control, store.id)] == [429, 429, 200, 429, 200]


@pytest.mark.anyio
async def test_429_waits_as_retry_after_ms_says_async(emulator: Served, control: Control) -> None:
    """The async twin, whose waits go through the clock's ``asleep``."""
    clock = RecordingClock()
    async with AsyncOpenAI(api_key=API_KEY, base_url=emulator.base_url, max_retries=2, _clock=clock) as sdk:
        store = await sdk.vector_stores.create(name="limited")
        control.fault(method="GET", path=STORE_PATH, times=1, status=429, retry_after_ms=12)
        assert (await sdk.vector_stores.retrieve(store.id)).id == store.id
    assert clock.sleeps == [0.012]


def test_dropped_connection_is_retried(emulator: Served, control: Control) -> None:
    """A connection closed without an answer is retried (after the backoff) and then succeeds;
    with no retries left it is an APIConnectionError."""
    clock = RecordingClock()
    with OpenAI(api_key=API_KEY, base_url=emulator.base_url, max_retries=2, _clock=clock) as sdk:
        store = sdk.vector_stores.create(name="dropped")
        control.fault(method="GET", path=STORE_PATH, times=1, drop=True)
        assert sdk.vector_stores.retrieve(store.id).id == store.id
        # No answer at all reached the client for the dropped request.
        assert [(r["fault"], r["status"]) for r in store_gets(control, store.id)] == [("drop", None), (None, 200)]
        assert len(clock.sleeps) == 1 and 0.375 <= clock.sleeps[0] <= 0.5  # first backoff, with jitter

        control.fault(method="GET", path=STORE_PATH, times=3, drop=True)
        with pytest.raises(vectorstores.APIConnectionError):
            sdk.vector_stores.retrieve(store.id)
    assert len(store_gets(control, store.id)) == 5


@pytest.mark.anyio
async def test_dropped_connection_async(aclient: AsyncOpenAI, control: Control) -> None:
    """The async twin, with no retries: the one attempt sees the connection close."""
    store = await aclient.vector_stores.create(name="dropped")
    control.fault(method="GET", path=STORE_PATH, times=1, drop=True)
    with pytest.raises(vectorstores.APIConnectionError):
        await aclient.vector_stores.retrieve(store.id)


def test_truncated_answer_is_retried(emulator: Served, control: Control) -> None:
    """An answer cut off halfway is a connection error (not a parse error), so it is retried
    after the backoff and the next full answer is returned."""
    clock = RecordingClock()
    with OpenAI(api_key=API_KEY, base_url=emulator.base_url, max_retries=2, _clock=clock) as sdk:
        store = sdk.vector_stores.create(name="cut")
        control.fault(method="GET", path=STORE_PATH, times=1, truncate=True)
        assert sdk.vector_stores.retrieve(store.id).name == "cut"
    assert [r["fault"] for r in store_gets(control, store.id)] == ["truncate", None]
    assert len(clock.sleeps) == 1 and 0.375 <= clock.sleeps[0] <= 0.5


@pytest.mark.anyio
async def test_truncated_answer_async(emulator: Served, control: Control) -> None:
    """The async twin: retried when allowed, APIConnectionError when not."""
    clock = RecordingClock()
    async with AsyncOpenAI(api_key=API_KEY, base_url=emulator.base_url, max_retries=1, _clock=clock) as sdk:
        store = await sdk.vector_stores.create(name="cut")
        control.fault(method="GET", path=STORE_PATH, times=1, truncate=True)
        assert (await sdk.vector_stores.retrieve(store.id)).name == "cut"
        control.fault(method="GET", path=STORE_PATH, times=2, truncate=True)
        with pytest.raises(vectorstores.APIConnectionError):
            await sdk.vector_stores.retrieve(store.id)
    assert [r["fault"] for r in store_gets(control, store.id)] == ["truncate", None, "truncate", "truncate"]


def test_x_should_retry_header_decides(retrying: OpenAI, control: Control) -> None:
    """``x-should-retry: false`` stops the retry of a 503; ``true`` makes even a 400 retried."""
    store = retrying.vector_stores.create(name="hinted")
    control.fault(method="GET", path=STORE_PATH, times=1, status=503, headers={"x-should-retry": "false"})
    with pytest.raises(vectorstores.InternalServerError):
        retrying.vector_stores.retrieve(store.id)
    assert len(store_gets(control, store.id)) == 1

    control.fault(
        method="GET", path=STORE_PATH, times=1, status=400, retry_after_ms=5, headers={"x-should-retry": "true"}
    )
    assert retrying.vector_stores.retrieve(store.id).id == store.id
    assert [r["status"] for r in store_gets(control, store.id)] == [503, 400, 200]


@pytest.mark.anyio
async def test_x_should_retry_false_async(emulator: Served, control: Control) -> None:
    """The async twin of ``x-should-retry: false``."""
    async with AsyncOpenAI(api_key=API_KEY, base_url=emulator.base_url, max_retries=2) as sdk:
        store = await sdk.vector_stores.create(name="hinted")
        control.fault(method="GET", path=STORE_PATH, times=1, status=502, headers={"x-should-retry": "false"})
        with pytest.raises(vectorstores.InternalServerError):
            await sdk.vector_stores.retrieve(store.id)
    assert len(store_gets(control, store.id)) == 1


def test_upload_is_retried_whole(retrying: OpenAI, control: Control) -> None:
    """A multipart upload answered 503 is sent again in full: one file, with all its bytes."""
    data = b"payload " * 1000
    control.fault(method="POST", path="/v1/files", times=1, status=503, retry_after_ms=5)
    uploaded = retrying.files.create(file=("big.txt", data), purpose="assistants")
    assert uploaded.bytes == len(data)
    assert retrying.files.content(uploaded.id).content == data
    assert [f.id for f in retrying.files.list()] == [uploaded.id]
    assert [r["status"] for r in control.requests() if r["method"] == "POST"] == [503, 200]


class OneShotStream(io.BytesIO):
    """A named binary stream that cannot seek back, like a socket or a pipe."""

    name = "stream.txt"

    def seekable(self) -> bool:
        return False


def test_upload_from_a_stream_that_cannot_rewind_is_retried_whole(retrying: OpenAI, control: Control) -> None:
    """A stream that cannot seek back is copied before the first attempt, so a retry sends
    the same bytes again."""
    control.fault(method="POST", path="/v1/files", times=1, status=503, retry_after_ms=5)
    uploaded = retrying.files.create(file=OneShotStream(b"once"), purpose="assistants")
    assert (uploaded.filename, retrying.files.content(uploaded.id).content) == ("stream.txt", b"once")
    assert [r["status"] for r in control.requests() if r["method"] == "POST"] == [503, 200]
    assert [f.id for f in retrying.files.list()] == [uploaded.id]


def test_timeout_is_retried(emulator: Served, control: Control) -> None:
    """An answer slower than the client's timeout is an APITimeoutError, and retried."""
    with OpenAI(
        api_key=API_KEY, base_url=emulator.base_url, max_retries=1, timeout=0.2, _clock=RecordingClock()
    ) as sdk:
        store = sdk.vector_stores.create(name="slow answer")
        control.fault(method="GET", path=STORE_PATH, times=1, delay_ms=600)
        assert sdk.vector_stores.retrieve(store.id).id == store.id
        control.fault(method="GET", path=STORE_PATH, times=1, delay_ms=600)
        with pytest.raises(vectorstores.APITimeoutError):
            sdk.with_options(max_retries=0).vector_stores.retrieve(store.id)
