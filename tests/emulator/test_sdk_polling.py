"""The polling helpers against the emulator: they stop when processing ends (completed, failed,
cancelled), wait as the server's ``openai-poll-after-ms`` hint says unless ``poll_interval_ms``
is given, and give up with PollingTimeoutError after ``max_wait_seconds``.

Timeouts and cancelling need files that stay in progress, so those tests use a second emulator
whose processing takes 3 s (poll hint 750 ms) and never wait for it to finish.
"""

from __future__ import annotations

import math
import time
from collections.abc import AsyncIterator, Iterator

import pytest
import vectorstores
from vectorstores import AsyncOpenAI, OpenAI
from vectorstores.types import VectorStoreFile, VectorStoreFileBatch

from .conftest import API_KEY, PROCESSING_DELAY_MS, Control, Served, serve, stop, violations

SLOW_DELAY_MS = 3000


@pytest.fixture(scope="module")
def slow_server() -> Iterator[Served]:
    running = serve(api_key=API_KEY, processing_delay_ms=SLOW_DELAY_MS, poll_after_ms=SLOW_DELAY_MS // 4)
    yield running
    stop(running)


@pytest.fixture
def slow(slow_server: Served) -> Iterator[Control]:
    """The slow emulator emptied for this test; its answers are checked against the document
    on teardown, as the conftest does for the main one."""
    control = Control(slow_server.root)
    control.reset()
    slow_server.recorder.take()
    yield control
    control.http.close()
    problems = violations(slow_server.recorder.take())
    assert not problems, "answers that break openapi.yaml:\n" + "\n".join(problems[:20])


@pytest.fixture
def slow_client(slow_server: Served, slow: Control) -> Iterator[OpenAI]:
    with OpenAI(api_key=API_KEY, base_url=slow_server.base_url, max_retries=0) as sdk:
        yield sdk


@pytest.fixture
async def slow_aclient(slow_server: Served, slow: Control) -> AsyncIterator[AsyncOpenAI]:
    async with AsyncOpenAI(api_key=API_KEY, base_url=slow_server.base_url, max_retries=0) as sdk:
        yield sdk


def gets(control: Control, path_suffix: str) -> int:
    """How many GETs of an object the emulator has seen."""
    return sum(1 for r in control.requests() if r["method"] == "GET" and r["path"].endswith(path_suffix))


def expected_polls(max_wait_ms: int, interval_ms: int) -> int:
    """Looks a poller takes before giving up: one every interval while time remains, plus a
    last one right at the deadline."""
    return math.ceil(max_wait_ms / interval_ms) + 1


# --- on the main emulator (50 ms processing) ----------------------------------------------------


def test_create_and_poll_returns_completed(client: OpenAI, control: Control) -> None:
    """The helper returns the file only once the emulator has indexed it."""
    store = client.vector_stores.create(name="poll")
    uploaded = client.files.create(file=("a.txt", b"some words to index"), purpose="assistants")
    raw = client.vector_stores.files.with_raw_response.create(store.id, file_id=uploaded.id)
    # Processing answers carry the hint: a quarter of the processing delay.
    assert raw.parse().status == "in_progress"
    assert raw.headers["openai-poll-after-ms"] == str(PROCESSING_DELAY_MS // 4)

    done = client.vector_stores.files.create_and_poll(uploaded.id, vector_store_id=store.id)
    assert (done.status, done.last_error, done.usage_bytes) == ("completed", None, len(b"some words to index"))
    polled = [r for r in control.requests() if r["method"] == "GET" and r["path"].endswith(uploaded.id)]
    assert polled and all(r["status"] == 200 for r in polled)
    finished = client.vector_stores.files.with_raw_response.retrieve(uploaded.id, vector_store_id=store.id)
    assert "openai-poll-after-ms" not in finished.headers  # nothing left to wait for


@pytest.mark.anyio
async def test_create_and_poll_returns_completed_async(aclient: AsyncOpenAI) -> None:
    """The async twin, for a file and for a batch."""
    store = await aclient.vector_stores.create(name="poll")
    uploaded = await aclient.files.create(file=("a.md", b"# Title"), purpose="assistants")
    done = await aclient.vector_stores.files.create_and_poll(uploaded.id, vector_store_id=store.id)
    assert done.status == "completed"
    other = await aclient.files.create(file=("b.md", b"# Other"), purpose="assistants")
    batch = await aclient.vector_stores.file_batches.create_and_poll(store.id, file_ids=[other.id])
    assert (batch.status, batch.file_counts.completed) == ("completed", 1)


def test_unreadable_files_end_failed_with_last_error(client: OpenAI) -> None:
    """An unsupported extension, invalid UTF-8 and an empty text each end ``failed``, with the code
    and message the emulator gives; the poller returns them rather than raising."""
    store = client.vector_stores.create(name="failures")
    cases = {
        "blob.bin": (b"\x00\x01\x02", "unsupported_file", "The file type .bin is not supported."),
        "latin1.txt": ("café".encode("latin-1"), "invalid_file", "The file could not be parsed as UTF-8 text."),
        "blank.txt": (b"   \n", "invalid_file", "The file contains no text to index."),
    }
    for name, (data, code, message) in cases.items():
        result = client.vector_stores.files.upload_and_poll(vector_store_id=store.id, file=(name, data))
        assert result.status == "failed", name
        assert result.last_error is not None
        assert (result.last_error.code, result.last_error.message) == (code, message)
        assert result.usage_bytes == 0

    counts = client.vector_stores.retrieve(store.id).file_counts
    assert (counts.failed, counts.completed, counts.in_progress, counts.total) == (3, 0, 0, 3)
    failed = client.vector_stores.files.list(store.id, filter="failed")
    assert len(failed.data) == 3
    assert client.vector_stores.files.content(failed.data[0].id, vector_store_id=store.id).data == []

    # A batch where every file fails has failed; one with a success completed.
    bad = client.files.create(file=("x.exe", b"MZ"), purpose="assistants")
    good = client.files.create(file=("ok.txt", b"fine"), purpose="assistants")
    all_bad = client.vector_stores.file_batches.create_and_poll(store.id, file_ids=[bad.id])
    assert (all_bad.status, all_bad.file_counts.failed) == ("failed", 1)
    mixed = client.vector_stores.file_batches.upload_and_poll(
        store.id, files=[("y.exe", b"MZ"), ("fine.txt", b"fine words")]
    )
    assert mixed.status == "completed"
    assert (mixed.file_counts.completed, mixed.file_counts.failed) == (1, 1)
    assert client.vector_stores.files.create_and_poll(good.id, vector_store_id=store.id).status == "completed"


@pytest.mark.anyio
async def test_unreadable_file_ends_failed_async(aclient: AsyncOpenAI) -> None:
    """The async twin: ``upload_and_poll`` of a binary file returns it failed."""
    store = await aclient.vector_stores.create(name="failures")
    result = await aclient.vector_stores.files.upload_and_poll(
        vector_store_id=store.id, file=("image.bin", bytes(range(256)))
    )
    assert result.status == "failed"
    assert result.last_error is not None and result.last_error.code == "unsupported_file"


# --- on the slow emulator (3 s processing, hint 750 ms) -----------------------------------------


def test_poll_follows_the_server_hint_until_max_wait(slow_client: OpenAI, slow: Control) -> None:
    """Without ``poll_interval_ms`` the poller waits the hinted 750 ms between looks, so in 1 s it
    looks three times (0, 0.75, 1.0) and then raises PollingTimeoutError."""
    store = slow_client.vector_stores.create(name="slow")
    uploaded = slow_client.files.create(file=("a.txt", b"words"), purpose="assistants")
    raw = slow_client.vector_stores.files.with_raw_response.create(store.id, file_id=uploaded.id)
    hint_ms = int(raw.headers["openai-poll-after-ms"])
    assert hint_ms == SLOW_DELAY_MS // 4

    started = time.monotonic()
    with pytest.raises(vectorstores.PollingTimeoutError) as caught:
        slow_client.vector_stores.files.poll(uploaded.id, vector_store_id=store.id, max_wait_seconds=1.0)
    elapsed = time.monotonic() - started

    assert gets(slow, f"/files/{uploaded.id}") == expected_polls(1000, hint_ms) == 3
    assert 1.0 <= elapsed < 2.0
    error = caught.value
    assert isinstance(error, vectorstores.OpenAIError)
    assert isinstance(error.last, VectorStoreFile)
    assert (error.last.id, error.status) == (uploaded.id, "in_progress")
    assert f"vector store file '{uploaded.id}' in vector store '{store.id}'" in str(error)
    assert "is still 'in_progress' after 1.0s (max_wait_seconds=1)" in str(error)


def test_poll_interval_overrides_the_hint(slow_client: OpenAI, slow: Control) -> None:
    """``poll_interval_ms=200`` looks every 200 ms (4 looks in 0.5 s) where the hint would give 2."""
    store = slow_client.vector_stores.create(name="slow")
    uploaded = slow_client.files.create(file=("a.txt", b"words"), purpose="assistants")
    with pytest.raises(vectorstores.PollingTimeoutError):
        slow_client.vector_stores.files.create_and_poll(
            uploaded.id, vector_store_id=store.id, poll_interval_ms=200, max_wait_seconds=0.5
        )
    assert gets(slow, f"/files/{uploaded.id}") == expected_polls(500, 200) == 4


def test_max_wait_zero_looks_once(slow_client: OpenAI, slow: Control) -> None:
    """``max_wait_seconds=0`` is one look and no sleep."""
    store = slow_client.vector_stores.create(name="slow")
    batch = slow_client.vector_stores.file_batches.create(
        store.id, file_ids=[slow_client.files.create(file=("a.txt", b"w"), purpose="assistants").id]
    )
    with pytest.raises(vectorstores.PollingTimeoutError) as caught:
        slow_client.vector_stores.file_batches.poll(batch.id, vector_store_id=store.id, max_wait_seconds=0)
    assert gets(slow, f"/file_batches/{batch.id}") == 1
    assert isinstance(caught.value.last, VectorStoreFileBatch)
    assert caught.value.last.file_counts.in_progress == 1


def test_upload_and_poll_timeout_leaves_files_attached(slow_client: OpenAI) -> None:
    """Giving up waiting does not undo the batch: its files stay in the store, in progress."""
    store = slow_client.vector_stores.create(name="slow")
    with pytest.raises(vectorstores.PollingTimeoutError) as caught:
        slow_client.vector_stores.file_batches.upload_and_poll(
            store.id, files=[("a.txt", b"one"), ("b.txt", b"two")], poll_interval_ms=50, max_wait_seconds=0.1
        )
    assert caught.value.status == "in_progress"
    attached = list(slow_client.vector_stores.files.list(store.id))
    assert len(attached) == 2 and {f.status for f in attached} == {"in_progress"}
    assert len(list(slow_client.files.list())) == 2


def test_cancel_a_batch_in_progress(slow_client: OpenAI, slow: Control) -> None:
    """``cancel`` stops the batch's unfinished files; polling it then returns at once."""
    store = slow_client.vector_stores.create(name="slow")
    ids = [slow_client.files.create(file=(f"{i}.txt", b"w"), purpose="assistants").id for i in range(3)]
    batch = slow_client.vector_stores.file_batches.create(store.id, file_ids=ids)
    assert batch.status == "in_progress"

    cancelled = slow_client.vector_stores.file_batches.cancel(batch.id, vector_store_id=store.id)
    assert (cancelled.id, cancelled.status) == (batch.id, "cancelled")
    assert (cancelled.file_counts.cancelled, cancelled.file_counts.in_progress) == (3, 0)
    listed = slow_client.vector_stores.file_batches.list_files(batch.id, vector_store_id=store.id, filter="cancelled")
    assert sorted(f.id for f in listed) == sorted(ids)
    assert slow_client.vector_stores.retrieve(store.id).file_counts.cancelled == 3

    before = gets(slow, f"/file_batches/{batch.id}")
    polled = slow_client.vector_stores.file_batches.poll(batch.id, vector_store_id=store.id)
    assert polled.status == "cancelled"
    assert gets(slow, f"/file_batches/{batch.id}") == before + 1


@pytest.mark.anyio
async def test_async_polling_timeout_and_cancel(slow_aclient: AsyncOpenAI, slow: Control) -> None:
    """The async twin: a batch poll that follows the hint times out after the same number of
    looks, and cancelling ends the batch."""
    store = await slow_aclient.vector_stores.create(name="slow")
    file_id = (await slow_aclient.files.create(file=("a.txt", b"w"), purpose="assistants")).id
    with pytest.raises(vectorstores.PollingTimeoutError) as caught:
        await slow_aclient.vector_stores.file_batches.create_and_poll(
            store.id, file_ids=[file_id], max_wait_seconds=0.8
        )
    last = caught.value.last
    assert isinstance(last, VectorStoreFileBatch)
    # Real time: on a loaded machine one slow answer can eat the last interval (one look fewer).
    assert expected_polls(800, SLOW_DELAY_MS // 4) == 3
    assert gets(slow, f"/file_batches/{last.id}") in (2, 3)

    cancelled = await slow_aclient.vector_stores.file_batches.cancel(last.id, vector_store_id=store.id)
    assert (cancelled.status, cancelled.file_counts.cancelled) == ("cancelled", 1)
    vs_file = await slow_aclient.vector_stores.files.poll(file_id, vector_store_id=store.id)
    assert vs_file.status == "cancelled"
