"""Servers that would keep the SDK busy forever: poll hints out of all reason (a billion
milliseconds, zero, negative) are kept within 0.1 s and 60 s with ``max_wait_seconds`` still
ending the wait; cursors that lead back to a page already seen end the walk with a clear error
instead of repeating pages forever."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx2
import pytest
from vectorstores import APIResponseValidationError, AsyncOpenAI, OpenAI, PollingTimeoutError
from vectorstores._polling import MAX_POLL_HINT_SECONDS, MIN_POLL_HINT_SECONDS

from tests.emulator.conftest import serve, stop
from tests.overlays.conftest import FakeClock, store_list

from .conftest import API_KEY, Control, Report, Served

# --- poll hints ---------------------------------------------------------------------------------

HUGE = 1_000_000_000  # ms: eleven and a half days
ENORMOUS = 10**400  # more digits than a float holds


class Stopped(Exception):
    """Raised by ``StoppingClock`` once it has seen enough waits."""


class StoppingClock(FakeClock):
    """A fake clock that ends a poll with no deadline after ``limit`` waits."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def sleep(self, seconds: float) -> None:
        super().sleep(seconds)
        if len(self.sleeps) >= self.limit:
            raise Stopped


@pytest.fixture(scope="module")
def hinting() -> Iterator[Callable[[int], Served]]:
    """Emulators whose files take a minute and that send a given ``openai-poll-after-ms``, one per hint."""
    running: dict[int, Served] = {}

    def server(hint_ms: int) -> Served:
        if hint_ms not in running:
            running[hint_ms] = serve(api_key=API_KEY, processing_delay_ms=60_000, poll_after_ms=hint_ms)
        control = Control(running[hint_ms].root)
        control.reset()
        control.http.close()
        return running[hint_ms]

    yield server
    for served in running.values():
        stop(served)


def _polls(served: Served, file_id: str) -> int:
    control = Control(served.root)
    try:
        return sum(1 for entry in control.requests() if entry["method"] == "GET" and entry["path"].endswith(file_id))
    finally:
        control.http.close()


def _shown_hint(hint_ms: int) -> str:
    return f"a {len(str(hint_ms))}-digit number" if hint_ms == ENORMOUS else str(hint_ms)


# hint (ms), max_wait_seconds (None: none), the waits expected, how many polls
HINT_CASES: list[tuple[int, float | None, list[float]]] = [
    (HUGE, 150.0, [MAX_POLL_HINT_SECONDS, MAX_POLL_HINT_SECONDS, 30.0]),
    (HUGE, None, [MAX_POLL_HINT_SECONDS, MAX_POLL_HINT_SECONDS, MAX_POLL_HINT_SECONDS]),
    (ENORMOUS, None, [MAX_POLL_HINT_SECONDS, MAX_POLL_HINT_SECONDS, MAX_POLL_HINT_SECONDS]),
    (HUGE, 0.5, [0.5]),
    (0, 1.0, [MIN_POLL_HINT_SECONDS] * 10),
    (-250, 1.0, [MIN_POLL_HINT_SECONDS] * 10),
    (0, 0.05, [0.05]),
]


@pytest.mark.parametrize(
    ("hint_ms", "max_wait", "waits"),
    HINT_CASES,
    ids=[f"hint {_shown_hint(hint)}, max_wait {limit}" for hint, limit, _ in HINT_CASES],
)
def test_poll_hint_is_kept_within_bounds(
    hint_ms: int, max_wait: float | None, waits: list[float], hinting: Callable[[int], Served], report: Report
) -> None:
    """``create_and_poll`` on a server with an absurd hint waits within the bounds, and stops at
    ``max_wait_seconds`` when one is given (else the test's clock stops it after a few waits)."""
    served = hinting(hint_ms)
    clock: FakeClock = FakeClock() if max_wait is not None else StoppingClock(len(waits))
    options: dict[str, Any] = {} if max_wait is None else {"max_wait_seconds": max_wait}
    error: BaseException | None = None
    with OpenAI(api_key=API_KEY, base_url=served.base_url, max_retries=0, _clock=clock) as client:
        store = client.vector_stores.create(name="hinted")
        uploaded = client.files.create(file=("slow.txt", b"takes a minute\n"), purpose="assistants")
        try:
            client.vector_stores.files.create_and_poll(uploaded.id, vector_store_id=store.id, **options)
        except (PollingTimeoutError, Stopped) as caught:
            error = caught
    case = f"openai-poll-after-ms: {_shown_hint(hint_ms)}, " + (
        f"max_wait_seconds={max_wait:g}" if max_wait is not None else "no max_wait_seconds"
    )
    expected_end = PollingTimeoutError if max_wait is not None else Stopped
    report.check(
        f"{case}: outcome",
        "PollingTimeoutError at the deadline" if max_wait is not None else f"still waiting after {len(waits)} waits",
        type(error).__name__ if error is not None else "returned",
        isinstance(error, expected_end),
    )
    report.check(
        f"{case}: waits",
        f"{waits} (hint kept within {MIN_POLL_HINT_SECONDS:g}-{MAX_POLL_HINT_SECONDS:g} s"
        + (", none past the deadline)" if max_wait is not None else ")"),
        str([round(wait, 6) for wait in clock.sleeps]),
        len(clock.sleeps) == len(waits) and all(abs(a - b) < 1e-9 for a, b in zip(clock.sleeps, waits, strict=True)),
    )
    polls = _polls(served, uploaded.id)
    looks = len(waits) + (1 if max_wait is not None else 0)  # the stopping clock ends it at a wait
    report.check(f"{case}: polls", str(looks), str(polls), polls == looks)


@pytest.mark.asyncio
async def test_async_zero_hint_is_kept_within_bounds(hinting: Callable[[int], Served], report: Report) -> None:
    """The asyncio client keeps a zero hint at the lower bound the same way."""
    served = hinting(0)
    clock = FakeClock()
    error: BaseException | None = None
    async with AsyncOpenAI(api_key=API_KEY, base_url=served.base_url, max_retries=0, _clock=clock) as client:
        store = await client.vector_stores.create(name="hinted")
        uploaded = await client.files.create(file=("slow.txt", b"takes a minute\n"), purpose="assistants")
        try:
            await client.vector_stores.files.create_and_poll(uploaded.id, vector_store_id=store.id, max_wait_seconds=1)
        except PollingTimeoutError as caught:
            error = caught
    waits = [MIN_POLL_HINT_SECONDS] * 10
    case = "async: openai-poll-after-ms: 0, max_wait_seconds=1"
    report.check(
        f"{case}: outcome", "PollingTimeoutError", type(error).__name__, isinstance(error, PollingTimeoutError)
    )
    report.check(
        f"{case}: waits",
        str(waits),
        str([round(wait, 6) for wait in clock.sleeps]),
        len(clock.sleeps) == 10 and all(abs(wait - MIN_POLL_HINT_SECONDS) < 1e-9 for wait in clock.sleeps),
    )


# --- cursors that go round --------------------------------------------------------------------

BASE_URL = "https://api.test/v1"

# The page each cursor leads to: "after" forwards (the walk follows the last id), "before"
# backwards (the first id). None is the first request.
FORWARD_CYCLE: dict[str | None, list[str]] = {
    None: ["vs_1", "vs_A"],
    "vs_A": ["vs_2", "vs_B"],
    "vs_B": ["vs_3", "vs_A"],
}
ALTERNATING: dict[str | None, list[str]] = {None: ["vs_1", "vs_A"], "vs_A": ["vs_B"], "vs_B": ["vs_A"]}
BACKWARD_CYCLE: dict[str | None, list[str]] = {
    "vs_Z": ["vs_A", "vs_9"],
    "vs_A": ["vs_B", "vs_8"],
    "vs_B": ["vs_A", "vs_7"],
}
LONG_WALK: dict[str | None, list[str]] = {None: ["vs_0"], **{f"vs_{i}": [f"vs_{i + 1}"] for i in range(60)}}


class Pages:
    """A server answering store lists from a table of pages, always with ``has_more`` (the end
    of the long walk aside), and counting requests."""

    def __init__(self, table: dict[str | None, list[str]], last: str | None = None) -> None:
        self.table = table
        self.last = last
        self.requests: list[httpx2.Request] = []

    def handle(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        cursor = request.url.params.get("after") or request.url.params.get("before")
        ids = self.table[cursor]
        return httpx2.Response(200, json=store_list(ids, has_more=ids[-1] != self.last))

    async def ahandle(self, request: httpx2.Request) -> httpx2.Response:
        return self.handle(request)


def _client(pages: Pages) -> OpenAI:
    return OpenAI(
        api_key="sk-endless",
        base_url=BASE_URL,
        max_retries=0,
        http_client=httpx2.Client(transport=httpx2.MockTransport(pages.handle)),
    )


def _aclient(pages: Pages) -> AsyncOpenAI:
    transport = httpx2.MockTransport(pages.ahandle)
    return AsyncOpenAI(
        api_key="sk-endless", base_url=BASE_URL, max_retries=0, http_client=httpx2.AsyncClient(transport=transport)
    )


def _check_cycle(
    report: Report, case: str, error: BaseException | None, cursor: str, pages: Pages, requests: int, items: list[str]
) -> None:
    message = str(error)
    report.check(
        f"{case}: outcome",
        f"APIResponseValidationError naming {cursor}",
        f"{type(error).__name__}: {message[: message.find(' (status')]}" if error is not None else "returned",
        isinstance(error, APIResponseValidationError) and cursor in message and "cycle" in message,
    )
    report.check(f"{case}: requests", str(requests), str(len(pages.requests)), len(pages.requests) == requests)
    report.check(f"{case}: items before the error", "no item twice", str(items), len(items) == len(set(items)))


def _walk_sync(client: OpenAI, how: str, items: list[str]) -> None:
    if how == "for item in page":
        items.extend(store.id for store in client.vector_stores.list())
    elif how == "iter_pages":
        for page in client.vector_stores.list().iter_pages():
            items.extend(store.id for store in page.data)
    elif how == "get_next_page":
        page = client.vector_stores.list()
        items.extend(store.id for store in page.data)
        while page.has_next_page():
            page = page.get_next_page()
            items.extend(store.id for store in page.data)
    else:
        items.extend(store.id for store in client.vector_stores.list(before="vs_Z"))


SYNC_WALKS = [
    ("for item in page", FORWARD_CYCLE, "vs_A", 3),
    ("iter_pages", FORWARD_CYCLE, "vs_A", 3),
    ("get_next_page", ALTERNATING, "vs_A", 3),
    ("for item in page, backwards (before=)", BACKWARD_CYCLE, "vs_A", 3),
]


@pytest.mark.parametrize(("how", "table", "cursor", "requests"), SYNC_WALKS, ids=[walk[0] for walk in SYNC_WALKS])
def test_cursor_cycle_is_an_error(
    how: str, table: dict[str | None, list[str]], cursor: str, requests: int, report: Report
) -> None:
    """Cursors that lead back to a page already seen end the walk at the first repeat."""
    pages = Pages(table)
    items: list[str] = []
    error: BaseException | None = None
    with _client(pages) as client:
        try:
            _walk_sync(client, how, items)
        except Exception as caught:
            error = caught
    _check_cycle(report, f"cursors going round, {how}", error, cursor, pages, requests, items)


@pytest.mark.asyncio
@pytest.mark.parametrize("how", ["async for", "iter_pages"])
async def test_async_cursor_cycle_is_an_error(how: str, report: Report) -> None:
    """The asyncio client ends a cycling walk the same way."""
    pages = Pages(FORWARD_CYCLE)
    items: list[str] = []
    error: BaseException | None = None
    async with _aclient(pages) as client:
        try:
            if how == "async for":
                async for store in client.vector_stores.list():
                    items.append(store.id)
            else:
                first = await client.vector_stores.list()
                walk: AsyncIterator[Any] = first.iter_pages()
                async for page in walk:
                    items.extend(store.id for store in page.data)
        except Exception as caught:
            error = caught
    _check_cycle(report, f"async: cursors going round, {how}", error, "vs_A", pages, 3, items)


def test_long_walk_is_not_a_cycle(report: Report) -> None:
    """Sixty-one pages with a new cursor each are walked to the end: remembering cursors
    raises no false alarm."""
    pages = Pages(LONG_WALK, last="vs_60")
    with _client(pages) as client:
        items = [store.id for store in client.vector_stores.list()]
    report.check(
        "61 pages, every cursor new",
        "all 61 items, 61 requests",
        f"{len(items)} items, {len(pages.requests)} requests",
        items == [f"vs_{i}" for i in range(61)] and len(pages.requests) == 61,
    )
