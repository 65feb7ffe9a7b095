"""Polling against a server that never finishes: the wait ends at ``max_wait_seconds`` with a
clear error, after as many polls as ``openai-poll-after-ms`` asks for (on an injected clock)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from vectorstores import AsyncOpenAI, OpenAI, PollingTimeoutError

from tests.emulator.conftest import serve, stop
from tests.overlays.conftest import FakeClock

from .conftest import API_KEY, Control, Report, Served

POLL_AFTER_MS = 200
MAX_WAIT = 1.0
STATE = {"'in_progress'": "'in_progress'", f"max_wait_seconds={MAX_WAIT:g}": f"max_wait_seconds={MAX_WAIT:g}"}


@pytest.fixture(scope="module")
def stuck_server() -> Iterator[Served]:
    """An emulator whose files take a minute to process and that asks for a poll every 200 ms."""
    running = serve(api_key=API_KEY, processing_delay_ms=60_000, poll_after_ms=POLL_AFTER_MS)
    yield running
    stop(running)


@pytest.fixture
def stuck(stuck_server: Served) -> Iterator[Control]:
    """The stuck server's controls, emptied for this test."""
    handle = Control(stuck_server.root)
    handle.reset()
    yield handle
    handle.http.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def client(stuck_server: Served, clock: FakeClock) -> Iterator[OpenAI]:
    with OpenAI(api_key=API_KEY, base_url=stuck_server.base_url, max_retries=0, _clock=clock) as sdk:
        yield sdk


def polls_of(control: Control, suffix: str) -> int:
    return sum(1 for entry in control.requests() if entry["method"] == "GET" and entry["path"].endswith(suffix))


def expected_polls(limit: float, interval: float) -> int:
    """One poll at the start, one per interval, the last right at the deadline."""
    return round(limit / interval) + 1


def check_timeout(
    error: BaseException | None,
    names: dict[str, str],
    polls: int,
    sleeps: list[float],
    interval: float,
    report: Report,
    case: str,
) -> None:
    """The error is PollingTimeoutError naming the object, its status and the deadline; the polls
    and the waits between them follow the interval."""
    message = str(error)
    clear = isinstance(error, PollingTimeoutError) and all(value in message for value in names.values())
    shown = message
    for placeholder, value in names.items():  # ids change from run to run; the report should not
        shown = shown.replace(value, placeholder)
    report.check(
        f"{case}: outcome",
        "PollingTimeoutError naming " + ", ".join(names),
        f"{type(error).__name__}: {shown}" if error else "returned",
        clear,
    )
    if isinstance(error, PollingTimeoutError):
        report.check(f"{case}: error status", "'in_progress'", repr(error.status), error.status == "in_progress")
    wanted = expected_polls(MAX_WAIT, interval)
    report.check(f"{case}: polls", f"{wanted} ({MAX_WAIT:g} s / {interval:g} s + 1)", str(polls), polls == wanted)
    waited = sum(sleeps)
    report.check(
        f"{case}: waits",
        f"{wanted - 1} of {interval:g} s, {MAX_WAIT:g} s in all",
        f"{len(sleeps)} waits {sorted({round(s, 6) for s in sleeps})}, {waited:.6f} s in all",
        len(sleeps) == wanted - 1 and all(abs(s - interval) < 1e-6 for s in sleeps) and abs(waited - MAX_WAIT) < 1e-6,
    )


def _attached_file(client: OpenAI) -> tuple[str, str]:
    store = client.vector_stores.create(name="stuck")
    uploaded = client.files.create(file=("stuck.txt", b"never finishes\n"), purpose="assistants")
    return store.id, uploaded.id


@pytest.mark.parametrize("interval_ms", [None, 500], ids=["server hint", "poll_interval_ms=500"])
def test_file_that_never_finishes(
    interval_ms: int | None, client: OpenAI, stuck: Control, clock: FakeClock, report: Report
) -> None:
    """``create_and_poll`` of a file stuck ``in_progress`` gives up at max_wait_seconds."""
    store_id, file_id = _attached_file(client)
    options: dict[str, Any] = {} if interval_ms is None else {"poll_interval_ms": interval_ms}
    error: BaseException | None = None
    try:
        client.vector_stores.files.create_and_poll(
            file_id, vector_store_id=store_id, max_wait_seconds=MAX_WAIT, **options
        )
    except Exception as caught:
        error = caught
    interval = (interval_ms or POLL_AFTER_MS) / 1000
    source = f"openai-poll-after-ms: {POLL_AFTER_MS}" if interval_ms is None else f"poll_interval_ms={interval_ms}"
    check_timeout(
        error,
        {"<file id>": file_id, "<store id>": store_id, **STATE},
        polls_of(stuck, f"/files/{file_id}"),
        clock.sleeps,
        interval,
        report,
        f"vector store file never finishing, max_wait_seconds={MAX_WAIT:g}, {source}",
    )


def test_batch_that_never_finishes(client: OpenAI, stuck: Control, clock: FakeClock, report: Report) -> None:
    """``file_batches.create_and_poll`` of a batch stuck ``in_progress`` gives up the same way."""
    store_id, file_id = _attached_file(client)
    error: BaseException | None = None
    batch_ids: list[str] = []
    try:
        client.vector_stores.file_batches.create_and_poll(store_id, file_ids=[file_id], max_wait_seconds=MAX_WAIT)
    except Exception as caught:
        error = caught
        last = getattr(caught, "last", None)
        batch_ids = [last.id] if last is not None else []
    check_timeout(
        error,
        {"<batch id>": batch_ids[0] if batch_ids else "(no batch)", "<store id>": store_id, **STATE},
        polls_of(stuck, f"/file_batches/{batch_ids[0]}") if batch_ids else 0,
        clock.sleeps,
        POLL_AFTER_MS / 1000,
        report,
        f"file batch never finishing, max_wait_seconds={MAX_WAIT:g}, openai-poll-after-ms: {POLL_AFTER_MS}",
    )


@pytest.mark.asyncio
async def test_async_file_that_never_finishes(
    stuck_server: Served, stuck: Control, clock: FakeClock, report: Report
) -> None:
    """The asyncio client polls and gives up the same way."""
    error: BaseException | None = None
    async with AsyncOpenAI(api_key=API_KEY, base_url=stuck_server.base_url, max_retries=0, _clock=clock) as client:
        store = await client.vector_stores.create(name="stuck")
        uploaded = await client.files.create(file=("stuck.txt", b"never finishes\n"), purpose="assistants")
        try:
            await client.vector_stores.files.create_and_poll(
                uploaded.id, vector_store_id=store.id, max_wait_seconds=MAX_WAIT
            )
        except Exception as caught:
            error = caught
    check_timeout(
        error,
        {"<file id>": uploaded.id, "<store id>": store.id, **STATE},
        polls_of(stuck, f"/files/{uploaded.id}"),
        clock.sleeps,
        POLL_AFTER_MS / 1000,
        report,
        f"async: vector store file never finishing, max_wait_seconds={MAX_WAIT:g}, "
        f"openai-poll-after-ms: {POLL_AFTER_MS}",
    )
