"""Processes and event loops: a client shared with a forked child, and an ``AsyncOpenAI`` used from
more than one event loop (one ``asyncio.run`` after another, or loops in two threads at once).

Connections are what must not be shared: a forked child that kept the parent's pooled sockets would
read the parent's answers, and an httpx2.AsyncClient's connections belong to the loop that opened
them. The SDK gives a child, and each loop, connections of its own; an ``http_client`` the user
passed is theirs, so using it from a second loop is a clear error instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import os
import subprocess
import sys
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest
from vectorstores import AsyncOpenAI, OpenAI, OpenAIError

from .conftest import API_KEY, Report, Served

ROOT = Path(__file__).parents[2]

# Run in a fresh interpreter, so that forking happens in a process with no other threads.
FORK = """
import json, os, sys
from vectorstores import OpenAI

base_url, api_key, ids = sys.argv[1], sys.argv[2], sys.argv[3].split(",")
client = OpenAI(api_key=api_key, base_url=base_url, max_retries=0)
client.vector_stores.retrieve(ids[0])  # the pool now holds an open connection
inherited = client._connection._client
read, write = os.pipe()
pid = os.fork()
mine = ids[: len(ids) // 2] if pid == 0 else ids[len(ids) // 2 :]
wrong, errors = 0, []
for _ in range(20):
    for store_id in mine:
        try:
            wrong += client.vector_stores.retrieve(store_id).id != store_id
        except Exception as error:
            errors.append(type(error).__name__)
seen = {"wrong": wrong, "errors": errors[:3], "calls": 20 * len(mine),
        "fresh": client._connection._client is not inherited}
if pid == 0:
    os.write(write, json.dumps(seen).encode())
    os._exit(0)
os.waitpid(pid, 0)
os.close(write)
child = json.loads(os.read(read, 65536))
print(json.dumps({"parent": seen, "child": child}))
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no os.fork on this platform")
def test_forked_child_gets_connections_of_its_own(server: Served, report: Report) -> None:
    """After a call has left a pooled connection, the process forks and both sides make 20 rounds of
    calls on the same client: each answer is the one asked for, and the child's httpx2 client is a new
    one (the parent keeps its own)."""
    with OpenAI(api_key=API_KEY, base_url=server.base_url, max_retries=0) as setup:
        ids = [setup.vector_stores.create(name=f"fork {index}").id for index in range(6)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run(
        [sys.executable, "-c", FORK, server.base_url, API_KEY, ",".join(ids)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    seen = json.loads(done.stdout) if done.returncode == 0 else {}
    parent, child = seen.get("parent", {}), seen.get("child", {})
    report.check(
        "fork after a pooled call; parent and child call on the same client",
        "every answer the one asked for, no errors; the child on a new httpx2 client, the parent on its own",
        f"parent {parent}, child {child}" if seen else f"exit {done.returncode}: {done.stderr[-300:]}",
        bool(seen)
        and parent["wrong"] == child["wrong"] == 0
        and not parent["errors"]
        and not child["errors"]
        and child["fresh"] is True
        and parent["fresh"] is False,
    )


@contextlib.contextmanager
def _leaving_loops_unclosed() -> Iterator[None]:
    """Around code that ends loops without closing the client there, as the scenario demands: the
    connections left open in them are dropped (their "unclosed transport" warnings expected, not
    failures), and collected here rather than in some later test."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        try:
            yield
        finally:
            gc.collect()


def test_async_client_across_event_loops(server: Served, report: Report) -> None:
    """One AsyncOpenAI, three ``asyncio.run`` in a row, each keeping a pooled connection open: every
    call succeeds (a new httpx2 client per loop), and ``close`` in the last loop closes that loop's."""
    client = AsyncOpenAI(api_key=API_KEY, base_url=server.base_url, max_retries=0)

    async def create(name: str) -> str:
        store = await client.vector_stores.create(name=name)
        return (await client.vector_stores.retrieve(store.id)).name or ""

    async def close() -> bool:
        await client.vector_stores.list()
        used = client._connection._async_client
        await client.close()
        return used is not None and used.is_closed

    names: list[str] = []
    error: Exception | None = None
    closed = False
    with _leaving_loops_unclosed():
        try:
            names = [asyncio.run(create(f"loop {index}")) for index in range(3)]
            closed = asyncio.run(close())
        except Exception as raised:
            error = raised
    report.check(
        "AsyncOpenAI used by three asyncio.run in a row, then closed in a fourth",
        "each call answers (no 'Event loop is closed'); close() closes the last loop's connections",
        f"names {names}; closed {closed}; error {error!r}",
        names == ["loop 0", "loop 1", "loop 2"] and closed and error is None,
    )


def test_async_client_in_two_threads_with_their_own_loops(server: Served, report: Report) -> None:
    """Two threads, each running its own loop, share one AsyncOpenAI at the same time."""
    client = AsyncOpenAI(api_key=API_KEY, base_url=server.base_url, max_retries=0)
    results: dict[int, list[str]] = {}
    errors: list[BaseException] = []

    async def work(thread: int) -> list[str]:
        names = []
        for index in range(10):
            store = await client.vector_stores.create(name=f"t{thread}-{index}")
            names.append((await client.vector_stores.retrieve(store.id)).name or "")
        await client.close()
        return names

    def run(thread: int) -> None:
        try:
            results[thread] = asyncio.run(work(thread))
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=run, args=(index,)) for index in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    expected = {index: [f"t{index}-{n}" for n in range(10)] for index in range(2)}
    report.check(
        "one AsyncOpenAI, two threads each with its own loop, 10 calls each at once",
        "every call answers the one asked for",
        f"{sum(len(names) for names in results.values())} answers, right: {results == expected}; errors {errors}",
        results == expected and not errors,
    )


def test_given_async_http_client_in_a_second_loop_is_a_clear_error(server: Served, report: Report) -> None:
    """A user's httpx2.AsyncClient belongs to the loop it was first used in; a second loop gets an
    OpenAIError that says why and what to do, not "Event loop is closed" from deep inside."""

    def scenario() -> tuple[str, type[Exception] | None, str]:
        own = httpx2.AsyncClient()
        client = AsyncOpenAI(api_key=API_KEY, base_url=server.base_url, max_retries=0, http_client=own)

        async def call() -> str:
            return (await client.vector_stores.create(name="given")).name or ""

        first = asyncio.run(call())
        try:
            asyncio.run(call())
        except Exception as error:  # only its type and words leave: its traceback holds the client
            return first, type(error), str(error)
        return first, None, ""

    with _leaving_loops_unclosed():
        first, kind, message = scenario()
    report.check(
        "AsyncOpenAI(http_client=own) used by a second asyncio.run",
        "first answers; second OpenAIError naming the event loop and what to do",
        f"first {first!r}; second {kind.__name__ if kind else None}: {message[:160]}",
        first == "given" and kind is OpenAIError and "event loop" in message and "pass no http_client" in message,
    )
