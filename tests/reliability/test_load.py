"""Load: one client shared by many threads, one ``AsyncOpenAI`` with hundreds of calls in flight,
and a soak of 50,000 calls, each against an emulator in a child process, so that the server's
CPU and memory are not counted as the client's.

Every call carries something of its own (a name, metadata) that its answer must echo, so a
response handed to the wrong caller shows up as a mismatch, not only as an error.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx2
import pytest
from vectorstores import AsyncOpenAI, OpenAI
from vectorstores_emulator.launch import running

from tests.reliability.conftest import Control, Report

API_KEY = "sk-load-test"  # the child runs without --api-key, so any key is accepted


@pytest.fixture
def child() -> Iterator[str]:
    """A fresh emulator in a child process (its own port, so socket counts are this test's)."""
    with running("--processing-delay-ms", "50") as base_url:
        yield base_url


# --- Measuring -----------------------------------------------------------------------------------


def _pool_connections(http: httpx2.Client | httpx2.AsyncClient | None) -> int:
    """Connections held by the httpx2 pool (httpcore's, behind private attributes)."""
    pool = getattr(getattr(http, "_transport", None), "_pool", None)
    return len(pool.connections) if pool is not None else -1


def _tcp_table() -> list[tuple[int, int, str]]:
    """(local port, remote port, state) of every IPv4/IPv6 TCP socket, as the kernel lists them."""
    rows = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text(encoding="ascii").splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            rows.append((int(fields[1].rsplit(":", 1)[1], 16), int(fields[2].rsplit(":", 1)[1], 16), fields[3]))
    return rows


ESTABLISHED = "01"


class SocketWatch:
    """Samples the TCP table in the background: the most connections the emulator's end had
    open at once, and every client port that ever connected (closed ones linger in TIME_WAIT
    for a minute, so sampling every fraction of a second misses none)."""

    def __init__(self, base_url: str, interval: float) -> None:
        self.port = httpx2.URL(base_url).port
        self.interval = interval
        self.peak = 0
        self.ports: set[int] = set()
        self.available = Path("/proc/net/tcp").exists()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="socket-watch", daemon=True)

    def sample(self) -> None:
        # A set, not a count of lines: the kernel may list a socket twice while the table changes
        # between the reads of one file.
        open_now: set[int] = set()
        for local, remote, state in _tcp_table():
            if local == self.port and remote != 0:  # the emulator's end of a connection
                self.ports.add(remote)
                if state == ESTABLISHED:
                    open_now.add(remote)
            elif remote == self.port:  # the client's end, e.g. in TIME_WAIT after closing
                self.ports.add(local)
        self.peak = max(self.peak, len(open_now))

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def __enter__(self) -> SocketWatch:
        if self.available:
            self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.available:
            self._stop.set()
            self._thread.join()
            self.sample()


def _answered(base_url: str) -> tuple[int, dict[int | None, int]]:
    """How many /v1 requests the emulator logged, by status (its log keeps the last 10,000)."""
    control = Control(base_url.removesuffix("/v1"))
    try:
        entries = control.requests()
    finally:
        control.http.close()
    statuses: dict[int | None, int] = {}
    for entry in entries:
        statuses[entry["status"]] = statuses.get(entry["status"], 0) + 1
    return len(entries), statuses


class Checks:
    """Report rows of one test: each is filed at once, and a failing one does not keep the rest
    out of the report; ``done`` then fails on the first failure."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.failures: list[AssertionError] = []

    def add(self, case: str, expected: str, observed: str, passed: bool) -> None:
        try:
            self.report.check(case, expected, observed, passed)
        except AssertionError as failure:
            self.failures.append(failure)

    def done(self) -> None:
        if self.failures:
            raise self.failures[0]


@dataclass
class Tally:
    """Outcomes of calls made from many threads or tasks: each answer must have the attributes
    its call expects (its own name, metadata, id)."""

    calls: int = 0
    matched: int = 0
    in_flight: int = 0
    peak_in_flight: int = 0
    errors: list[str] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def _file(self, what: str, result: Any, expect: dict[str, Any], error: Exception | None) -> Any:
        with self.lock:
            self.calls += 1
            if error is not None:
                self.errors.append(f"{what}: {type(error).__name__}: {error}")
                return None
            wrong = {
                key: getattr(result, key, None) for key, value in expect.items() if getattr(result, key, None) != value
            }
            if wrong:
                self.mismatches.append(f"{what}: got {wrong}")
                return None
            self.matched += 1
            return result

    def call(self, what: str, method: Callable[..., Any], *args: Any, expect: dict[str, Any], **kwargs: Any) -> Any:
        """``method(*args, **kwargs)``, filed; the result when it matched ``expect``, else None."""
        try:
            result = method(*args, **kwargs)
        except Exception as error:
            return self._file(what, None, expect, error)
        return self._file(what, result, expect, None)

    async def acall(
        self, what: str, method: Callable[..., Awaitable[Any]], *args: Any, expect: dict[str, Any], **kwargs: Any
    ) -> Any:
        """The awaitable twin of ``call``, also counting the calls in flight."""
        self.in_flight += 1
        self.peak_in_flight = max(self.peak_in_flight, self.in_flight)
        try:
            result = await method(*args, **kwargs)
        except Exception as error:
            return self._file(what, None, expect, error)
        finally:
            self.in_flight -= 1
        return self._file(what, result, expect, None)

    @property
    def clean(self) -> bool:
        return not self.errors and not self.mismatches

    def summary(self) -> str:
        first = (self.errors + self.mismatches)[:2]
        return (
            f"{self.calls} calls, {len(self.errors)} errors, {len(self.mismatches)} mismatched, {self.matched} matched"
            + (f"; first: {first}" if first else "")
        )


# --- Threads -------------------------------------------------------------------------------------


def _threads(report: Report, monkeypatch: pytest.MonkeyPatch, base_url: str, threads: int, rounds: int) -> None:
    """``threads`` threads share one client; each makes ``rounds`` create/update/retrieve rounds
    on stores named after itself and checks every answer is its own."""
    built: list[httpx2.Client] = []  # every httpx2.Client made meanwhile (kept, so none is collected unseen)
    construct = httpx2.Client.__init__

    def counting(self: httpx2.Client, *args: Any, **kwargs: Any) -> None:
        built.append(self)
        construct(self, *args, **kwargs)

    monkeypatch.setattr(httpx2.Client, "__init__", counting)
    tally = Tally()
    started = time.perf_counter()
    with (
        OpenAI(base_url=base_url, api_key=API_KEY, max_retries=0) as client,  # a retry would hide an error
        SocketWatch(base_url, interval=0.05) as sockets,
    ):
        stores = client.vector_stores
        ready = threading.Barrier(threads)

        def work(thread: int) -> None:
            ready.wait()  # all threads start together, so their calls overlap
            for round_ in range(rounds):
                tag = f"t{thread}-r{round_}"
                created = tally.call(
                    f"create {tag}",
                    stores.create,
                    name=tag,
                    metadata={"tag": tag},
                    expect={"name": tag, "metadata": {"tag": tag}},
                )
                if created is None:
                    continue
                updated = {"tag": tag, "step": "updated"}
                expect = {"id": created.id, "name": tag, "metadata": updated}
                tally.call(f"update {tag}", stores.update, created.id, metadata=updated, expect=expect)
                tally.call(f"retrieve {tag}", stores.retrieve, created.id, expect=expect)

        with ThreadPoolExecutor(max_workers=threads) as pool:
            for done in [pool.submit(work, thread) for thread in range(threads)]:
                done.result()
        pooled = _pool_connections(client._connection._client)
    elapsed = time.perf_counter() - started
    monkeypatch.undo()
    left_open = [http for http in built if not http.is_closed]
    for http in left_open:
        http.close()  # so their sockets do not surface as ResourceWarnings in a later test
    expected_calls = threads * rounds * 3
    logged, statuses = _answered(base_url)
    checks = Checks(report)

    checks.add(
        f"one OpenAI shared by {threads} threads x {rounds * 3} calls (create, update, retrieve)",
        f"{expected_calls} calls, 0 errors, every answer echoes its own call's name and metadata",
        f"{tally.summary()} in {elapsed:.1f} s ({expected_calls / elapsed:.0f} calls/s)",
        tally.calls == expected_calls and tally.clean,
    )
    checks.add(
        f"{threads} threads: what the emulator answered",
        f"{expected_calls} requests logged, all 200 (no retries, none lost)",
        f"{logged} logged, by status {statuses}",
        logged == expected_calls and statuses == {200: expected_calls},
    )
    checks.add(
        f"{threads} threads: httpx2 clients behind the shared OpenAI",
        "1 built on first use, closed by OpenAI.close()",
        f"{len(built)} built, {len(left_open)} still open after close()",
        len(built) == 1 and not left_open,
    )
    checks.add(
        f"{threads} threads: connections",
        f"at most {threads} (one per thread), reused",
        f"{pooled} in the client's pool after the run; at the emulator: {sockets.peak} open at most, "
        f"{len(sockets.ports)} distinct client ports over the run",
        0 < pooled <= threads and sockets.peak <= threads and len(sockets.ports) <= threads,
    )
    checks.done()


def test_threads_share_one_client(report: Report, monkeypatch: pytest.MonkeyPatch, child: str) -> None:
    """16 threads x 30 calls: the always-run variant of the load below."""
    _threads(report, monkeypatch, child, threads=16, rounds=10)


@pytest.mark.slow
def test_threads_share_one_client_full(report: Report, monkeypatch: pytest.MonkeyPatch, child: str) -> None:
    """16 threads x 300 calls = 4,800 calls."""
    _threads(report, monkeypatch, child, threads=16, rounds=100)


# --- Asyncio -------------------------------------------------------------------------------------


async def _concurrent(report: Report, base_url: str, calls: int) -> None:
    """``calls`` creates in flight at once, then as many updates, then as many retrieves, on one
    AsyncOpenAI; every answer must carry its own call's name and metadata."""
    tally = Tally()
    started = time.perf_counter()
    with SocketWatch(base_url, interval=0.02) as sockets:
        async with AsyncOpenAI(base_url=base_url, api_key=API_KEY, max_retries=0) as client:
            stores = client.vector_stores
            created = await asyncio.gather(
                *(
                    tally.acall(
                        f"create a{index}",
                        stores.create,
                        name=f"a{index}",
                        metadata={"call": str(index)},
                        expect={"name": f"a{index}", "metadata": {"call": str(index)}},
                    )
                    for index in range(calls)
                )
            )
            ids = {index: store.id for index, store in enumerate(created) if store is not None}
            expect = {
                index: {"id": store_id, "name": f"a{index}", "metadata": {"call": str(index), "step": "updated"}}
                for index, store_id in ids.items()
            }
            await asyncio.gather(
                *(
                    tally.acall(
                        f"update a{index}",
                        stores.update,
                        store_id,
                        metadata=expect[index]["metadata"],
                        expect=expect[index],
                    )
                    for index, store_id in ids.items()
                )
            )
            await asyncio.gather(
                *(
                    tally.acall(f"retrieve a{index}", stores.retrieve, store_id, expect=expect[index])
                    for index, store_id in ids.items()
                )
            )
            pooled = _pool_connections(client._connection._async_client)
    elapsed = time.perf_counter() - started
    logged, statuses = _answered(base_url)
    checks = Checks(report)
    checks.add(
        f"one AsyncOpenAI, {calls} concurrent creates, then {calls} updates, then {calls} retrieves",
        f"{3 * calls} calls, {calls} in flight at once, 0 errors, every answer echoes its own call",
        f"{tally.summary()}; {tally.peak_in_flight} in flight at most; {elapsed:.1f} s",
        tally.calls == 3 * calls and tally.peak_in_flight == calls and tally.clean,
    )
    checks.add(
        f"AsyncOpenAI x {calls}: what the emulator answered",
        f"{3 * calls} requests logged, all 200",
        f"{logged} logged, by status {statuses}",
        logged == 3 * calls and statuses == {200: 3 * calls},
    )
    # Distinct ports are reported, not bounded: httpcore closes idle connections beyond the 20
    # it keeps alive even while requests queue, then opens new ones for them.
    checks.add(
        f"AsyncOpenAI x {calls}: connections",
        "at most the pool's limit (100) open at once, however many calls are in flight",
        f"{pooled} kept in the client's pool after the run; at the emulator: {sockets.peak} open at most, "
        f"{len(sockets.ports)} distinct client ports over the run",
        0 < pooled <= 100 and sockets.peak <= 100,
    )
    checks.done()


def test_async_client_with_100_calls_in_flight(report: Report, child: str) -> None:
    """100 concurrent calls per phase: the always-run variant of the load below."""
    asyncio.run(_concurrent(report, child, calls=100))


@pytest.mark.slow
def test_async_client_with_500_calls_in_flight(report: Report, child: str) -> None:
    """500 concurrent calls per phase (about 20 s: httpcore's pool scans every queued request
    against every connection whenever one frees up, so 500 queued cost seconds of CPU)."""
    asyncio.run(_concurrent(report, child, calls=500))


# --- Soak ----------------------------------------------------------------------------------------


# The soak's client runs in a process of its own, started with tracemalloc already on: its memory
# is then the client's (SDK modules, client, connections) and nothing of pytest's or of this
# module's instruments; /proc/self/statm gives its resident memory too.
SOAK_CLIENT = """
import gc, json, os, sys, time, tracemalloc
tracemalloc.start()
from concurrent.futures import ThreadPoolExecutor
from vectorstores import OpenAI

base_url, calls, threads = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
errors, mismatched = [], 0

def memory():
    gc.collect()
    try:
        with open("/proc/self/statm") as statm:
            rss = int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        rss = None
    return tracemalloc.get_traced_memory()[0], rss

with OpenAI(base_url=base_url, api_key="sk-load-test", max_retries=0) as client:
    store = client.vector_stores.create(name="soak")

    def work(count):
        global mismatched
        for _ in range(count):
            try:
                if client.vector_stores.retrieve(store.id).id != store.id:
                    mismatched += 1
            except Exception as error:
                errors.append(f"{type(error).__name__}: {error}")

    with ThreadPoolExecutor(max_workers=threads) as pool:  # one pool: no new threads mid-run
        def run(total):
            started = time.perf_counter()
            for done in [pool.submit(work, total // threads) for _ in range(threads)]:
                done.result()
            return time.perf_counter() - started

        warm_seconds = run(1_000)
        traced_warm, rss_warm = memory()
        soak_seconds = run(calls - 1_000)
        traced_end, rss_end = memory()
    pooled = len(client._connection._client._transport._pool.connections)

print(json.dumps({
    "seconds": warm_seconds + soak_seconds, "errors": len(errors), "first_errors": errors[:2],
    "mismatched": mismatched, "traced_warm": traced_warm, "traced_end": traced_end,
    "rss_warm": rss_warm, "rss_end": rss_end, "pooled": pooled,
}))
"""


def _soak(report: Report, base_url: str, calls: int, threads: int) -> None:
    """``calls`` retrieves of one store from ``threads`` threads sharing one client (in a process
    of its own); its memory after the run against after the first 1,000 calls, and the
    connections it used as the emulator's end saw them."""
    with SocketWatch(base_url, interval=0.5) as sockets:
        finished = subprocess.run(
            [sys.executable, "-c", SOAK_CLIENT, base_url, str(calls), str(threads)],
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
    assert finished.returncode == 0, f"the soak client failed:\n{finished.stderr[-3000:]}"
    run: dict[str, Any] = json.loads(finished.stdout.strip().splitlines()[-1])
    seconds, traced_warm, traced_end = run["seconds"], run["traced_warm"], run["traced_end"]

    checks = Checks(report)
    checks.add(
        f"soak: {calls:,} retrieves from {threads} threads sharing one OpenAI (in a process of its own)",
        "0 errors, every answer the store asked for",
        f"{calls} calls, {run['errors']} errors, {run['mismatched']} mismatched in {seconds:.0f} s "
        f"({calls / seconds:.0f} calls/s under tracemalloc)"
        + (f"; first: {run['first_errors']}" if run["errors"] else ""),
        run["errors"] == 0 and run["mismatched"] == 0,
    )
    checks.add(
        f"soak {calls:,}: client memory (tracemalloc from interpreter start, after gc)",
        "after the run within 10% of after the first 1,000 calls",
        f"{traced_warm / 1024:.1f} KiB after 1,000 calls, {traced_end / 1024:.1f} KiB after {calls:,} "
        f"({(traced_end - traced_warm) / traced_warm:+.2%}, "
        f"{(traced_end - traced_warm) / (calls - 1_000):+.2f} B per call)",
        traced_end <= traced_warm * 1.10,
    )
    if run["rss_warm"] is not None and run["rss_end"] is not None:
        rss_warm, rss_end = run["rss_warm"], run["rss_end"]
        checks.add(
            f"soak {calls:,}: client process resident memory (/proc/self/statm)",
            "after the run within 10% of after the first 1,000 calls",
            f"{rss_warm / 2**20:.1f} MiB after 1,000 calls, {rss_end / 2**20:.1f} MiB after {calls:,} "
            f"({(rss_end - rss_warm) / rss_warm:+.1%})",
            rss_end <= rss_warm * 1.10,
        )
    checks.add(
        f"soak {calls:,}: connections",
        f"bounded: at most {threads} (one per thread), kept alive and reused",
        f"{run['pooled']} in the client's pool at the end; at the emulator: {sockets.peak} open at most, "
        f"{len(sockets.ports)} distinct client ports over the run"
        + ("" if sockets.available else " (no /proc/net/tcp here: emulator's view not sampled)"),
        0 < run["pooled"] <= threads and sockets.peak <= threads and len(sockets.ports) <= threads,
    )
    checks.done()


def test_soak_short(report: Report, child: str) -> None:
    """2,000 calls: the always-run variant of the soak."""
    _soak(report, child, calls=2_000, threads=4)


@pytest.mark.slow
def test_soak_50000_calls(report: Report, child: str) -> None:
    """50,000 calls (two to three minutes: tracemalloc slows every allocation)."""
    _soak(report, child, calls=50_000, threads=4)
