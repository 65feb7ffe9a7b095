"""Hostile servers: answers too large to hold (declared, endless, a gzip bomb), an answer that drips
in slower than any sensible wait but faster than the read timeout, and JSON nested deeper than
Python's stack. Each ends in a typed SDK error with memory bounded by ``max_response_bytes``, within
the ``deadline``; file downloads, which are the user's data, are not capped.

The servers are raw sockets on loopback, so the SDK reads real framing (Content-Length, chunked,
gzip) through its real transport; memory is the peak traced by ``tracemalloc`` during the call.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import math
import socket
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from vectorstores import (
    APIResponseValidationError,
    APITimeoutError,
    AsyncOpenAI,
    BadRequestError,
    InternalServerError,
    OpenAI,
    OpenAIError,
)
from vectorstores._client import DEFAULT_MAX_RESPONSE_BYTES

from tests.cli.conftest import invoker, one_line_error

from .conftest import Report

MiB = 1024 * 1024
Behave = Callable[[socket.socket], None]


@contextlib.contextmanager
def _hostile(behave: Behave) -> Iterator[str]:
    """A loopback HTTP/1.1 server that reads each request's head and lets ``behave`` answer on the
    socket; yields the base URL. A client hanging up ends the answer."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    listener.settimeout(0.05)  # closing a socket does not wake a blocked accept(): poll a flag instead
    done = threading.Event()

    def answer(conn: socket.socket) -> None:
        with conn:
            head = b""
            while b"\r\n\r\n" not in head:
                data = conn.recv(65536)
                if not data:
                    return
                head += data
            with contextlib.suppress(OSError):  # the client hung up, as it should on a refused answer
                behave(conn)

    def accept() -> None:
        while not done.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            conn.settimeout(None)
            threading.Thread(target=answer, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/v1"
    finally:
        done.set()
        thread.join(timeout=5)
        listener.close()


def _head(status: str, **headers: str | int) -> bytes:
    lines = [f"HTTP/1.1 {status}", "Content-Type: application/json"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


_BLOCK = b"7" * 65536


def _declared(size: int) -> Behave:
    """Declares ``size`` bytes and sends for as long as the client reads."""

    def behave(conn: socket.socket) -> None:
        conn.sendall(_head("200 OK", Content_Length=size))
        while True:
            conn.sendall(_BLOCK)

    return behave


def _endless(status: str = "200 OK") -> Behave:
    """A chunked body that never ends."""
    frame = b"%x\r\n%s\r\n" % (len(_BLOCK), _BLOCK)

    def behave(conn: socket.socket) -> None:
        conn.sendall(_head(status, Transfer_Encoding="chunked"))
        while True:
            conn.sendall(frame)

    return behave


@functools.cache
def _gzip_bomb() -> bytes:
    """256 MiB of zeros, gzipped to about 256 KB (built in pieces, never whole in memory)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    zeros = bytes(MiB)
    return b"".join(packer.compress(zeros) for _ in range(256)) + packer.flush()


def _fixed(body: bytes, status: str = "200 OK", **headers: str | int) -> Behave:
    def behave(conn: socket.socket) -> None:
        conn.sendall(_head(status, Content_Length=len(body), **headers) + body)

    return behave


def _drip(body: bytes, every: float) -> Behave:
    """The whole body, one byte every ``every`` seconds: no single wait reaches a read timeout."""

    def behave(conn: socket.socket) -> None:
        conn.sendall(_head("200 OK", Content_Length=len(body)))
        for byte in body:
            time.sleep(every)
            conn.sendall(bytes([byte]))

    return behave


def _silent(conn: socket.socket) -> None:
    """The head of an answer, then nothing for ten seconds."""
    conn.sendall(_head("200 OK", Content_Length=10))
    time.sleep(10)


@dataclass
class Outcome:
    result: object
    error: Exception | None
    seconds: float
    peak: int  # bytes, traced during the call

    def describe(self) -> str:
        if self.error is None:
            what = f"returned {type(self.result).__name__}"
        else:
            status = getattr(self.error, "status_code", None)
            what = f"{type(self.error).__name__}{'' if status is None else f' {status}'}: {str(self.error)[:130]}"
        return f"{what}; peak {self.peak / MiB:.1f} MiB, {self.seconds:.2f} s"


def _call(mode: str, base_url: str, call: Callable[[Any], Any], **options: Any) -> Outcome:
    """``call(client)`` on a fresh sync or async client, timed and with its memory traced."""
    options = {"api_key": "sk-hostile-test", "base_url": base_url, "max_retries": 0, **options}

    def sync() -> object:
        with OpenAI(**options) as client:
            return call(client)

    async def aio() -> object:
        async with AsyncOpenAI(**options) as client:
            return await call(client)

    tracemalloc.start()
    started = time.monotonic()
    result: object = None
    error: Exception | None = None
    try:
        result = sync() if mode == "sync" else asyncio.run(aio())
    except Exception as raised:
        error = raised
    seconds = time.monotonic() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return Outcome(result, error, seconds, peak)


def _retrieve(client: Any) -> Any:
    return client.vector_stores.retrieve("vs_1")


MODES = ["sync", "async"]


# --- bodies too large -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Huge:
    name: str
    behave: Callable[[], Behave]
    cap: int | None  # max_response_bytes given to the client; None: the default
    error: type[OpenAIError]
    status: int


HUGE = [
    Huge("2 GiB declared in Content-Length", lambda: _declared(2 * 1024 * MiB), None, APIResponseValidationError, 200),
    Huge("endless chunked body", _endless, None, APIResponseValidationError, 200),
    Huge("endless chunked body, max_response_bytes=1 MiB", _endless, MiB, APIResponseValidationError, 200),
    Huge("gzip bomb: 256 KB inflating to 256 MiB", lambda: _fixed(_gzip_bomb(), Content_Encoding="gzip"), None,
         APIResponseValidationError, 200),
    Huge("gzip bomb, max_response_bytes=1 MiB", lambda: _fixed(_gzip_bomb(), Content_Encoding="gzip"), MiB,
         APIResponseValidationError, 200),
    Huge("endless chunked body of a 500", lambda: _endless("500 Internal Server Error"), MiB,
         InternalServerError, 500),
]  # fmt: skip


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("huge", HUGE, ids=lambda huge: huge.name)
def test_oversized_answers_stop_at_the_cap(huge: Huge, mode: str, report: Report) -> None:
    """The read stops at ``max_response_bytes`` (decompressed size for gzip), so memory stays near
    the cap, and the answer is a typed error (of its status, for an error answer)."""
    cap = huge.cap or DEFAULT_MAX_RESPONSE_BYTES
    options = {} if huge.cap is None else {"max_response_bytes": huge.cap}
    with _hostile(huge.behave()) as base_url:
        outcome = _call(mode, base_url, _retrieve, **options)
    bound = cap + 8 * MiB
    report.check(
        f"{mode}: {huge.name}",
        f"{huge.error.__name__} {huge.status}, peak memory under the cap + 8 MiB ({bound / MiB:.0f} MiB)",
        outcome.describe(),
        isinstance(outcome.error, huge.error)
        and getattr(outcome.error, "status_code", None) == huge.status
        and outcome.peak < bound,
    )


@pytest.mark.parametrize("mode", MODES)
def test_downloads_are_not_capped(mode: str, report: Report) -> None:
    """A file's content is the user's data: 3 MiB comes whole through ``files.content`` with a
    1 MiB cap (which still stops a JSON answer of the same size)."""
    content = bytes(range(256)) * (3 * MiB // 256)
    with _hostile(_fixed(content)) as base_url:
        download = _call(mode, base_url, lambda c: c.files.content("file-1"), max_response_bytes=MiB)
        json_call = _call(mode, base_url, _retrieve, max_response_bytes=MiB)
    got = getattr(download.result, "content", b"")
    report.check(
        f"{mode}: files.content of 3 MiB with max_response_bytes=1 MiB",
        "the whole file; a JSON answer of that size is refused",
        f"download: {len(got)} bytes, same: {got == content}; JSON: {json_call.describe()}",
        got == content and isinstance(json_call.error, APIResponseValidationError),
    )


def test_the_cap_is_an_option(report: Report) -> None:
    """``max_response_bytes`` is set on the client or a copy, None lifts it, bad values are refused."""
    body = b'{"id": "vs_1", "object": "vector_store", "name": "' + b"n" * (2 * MiB) + b'"}'
    with _hostile(_fixed(body)) as base_url:
        capped = _call("sync", base_url, _retrieve, max_response_bytes=MiB)
        lifted = _call("sync", base_url, _retrieve, max_response_bytes=None)
        with OpenAI(api_key="sk-hostile-test", base_url=base_url, max_retries=0, max_response_bytes=MiB) as client:
            copied = client.with_options(max_response_bytes=4 * MiB).vector_stores.retrieve("vs_1")
    refused = []
    for value in (0, -1, True, "1", 1.5):
        try:
            OpenAI(api_key="sk-hostile-test", max_response_bytes=value)
        except ValueError:
            refused.append(value)
    report.check(
        "2 MiB answer: cap 1 MiB, no cap, a copy with 4 MiB; bad values of the option",
        "refused; read; read; 0, -1, True, '1', 1.5 refused (ValueError)",
        f"{capped.describe()}; {lifted.describe()}; copy read name of {len(copied.name or '')} chars; "
        f"refused {refused}",
        isinstance(capped.error, APIResponseValidationError)
        and lifted.error is None
        and len(copied.name or "") == 2 * MiB
        and len(refused) == 5,
    )


# --- slow answers ---------------------------------------------------------------------------------------


SMALL = b'{"id":"vs_1"}'  # 13 bytes: 1.3 s at one byte every 0.1 s


@pytest.mark.parametrize("mode", MODES)
def test_a_slow_drip_is_stopped_by_the_deadline(mode: str, report: Report) -> None:
    """``timeout=1`` never fires on a byte every 0.1 s (the control shows it: the drip succeeds
    after 1.3 s); ``deadline=0.5`` stops the same answer in time, as APITimeoutError."""
    with _hostile(_drip(SMALL, 0.1)) as base_url:
        control = _call(mode, base_url, _retrieve, timeout=1)
        bounded = _call(mode, base_url, _retrieve, timeout=1, deadline=0.5)
    report.check(
        f"{mode}: a byte every 0.1 s for 1.3 s, timeout=1, without and with deadline=0.5",
        "control succeeds after > 1 s; with the deadline APITimeoutError in < 1 s",
        f"control: {control.describe()}; deadline: {bounded.describe()}",
        control.error is None
        and control.seconds > 1
        and isinstance(bounded.error, APITimeoutError)
        and bounded.seconds < 1,
    )


@pytest.mark.parametrize("mode", MODES)
def test_the_deadline_caps_every_wait(mode: str, report: Report) -> None:
    """An answer that stops after its head, with ``timeout=30``: ``deadline=0.5`` (here set on a copy
    made by ``with_options``) ends the wait, rather than the 30 s read timeout."""
    with _hostile(_silent) as base_url:
        outcome = _call(mode, base_url, lambda c: _retrieve(c.with_options(deadline=0.5)), timeout=30)
    report.check(
        f"{mode}: head then silence, timeout=30, with_options(deadline=0.5)",
        "APITimeoutError in < 2 s",
        outcome.describe(),
        isinstance(outcome.error, APITimeoutError) and outcome.seconds < 2,
    )


def test_bad_deadlines_are_refused(report: Report) -> None:
    refused = []
    for value in (0, -1, math.nan, True, "5"):
        try:
            OpenAI(api_key="sk-hostile-test", deadline=value)
        except ValueError:
            refused.append(value)
    report.check("deadline=0, -1, nan, True, '5'", "ValueError for each", f"refused {refused}", len(refused) == 5)


# --- JSON nested too deep -------------------------------------------------------------------------------


DEEP = b"[" * 100_000 + b"]" * 100_000
DEEP_ERROR = b'{"error": {"message": ' + DEEP + b"}}"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("status", "body", "error"),
    [
        ("200 OK", DEEP, APIResponseValidationError),
        ("400 Bad Request", DEEP, BadRequestError),
        ("400 Bad Request", DEEP_ERROR, BadRequestError),
    ],
    ids=["200 body", "400 body", "400 error envelope"],
)
def test_json_nested_too_deep_is_a_typed_error(
    status: str, body: bytes, error: type[OpenAIError], mode: str, report: Report
) -> None:
    """100,000 levels of nesting: the typed error of the status, never a RecursionError."""
    with _hostile(_fixed(body, status)) as base_url:
        outcome = _call(mode, base_url, _retrieve)
    report.check(
        f"{mode}: JSON nested 100,000 deep, {status} ({'error envelope' if body is DEEP_ERROR else 'whole body'})",
        error.__name__,
        outcome.describe(),
        type(outcome.error) is error,
    )


def test_cli_reports_json_nested_too_deep_in_one_line(monkeypatch: pytest.MonkeyPatch, report: Report) -> None:
    """``vectorstores stores`` against a server answering 100,000 levels of nesting: one error line
    and exit code 1, no traceback."""
    with _hostile(_fixed(DEEP)) as base_url:
        result = invoker(monkeypatch, base_url)("stores", "--max-retries", "0")
    line = one_line_error(result) if result.exit_code == 1 else result.output
    report.check(
        "vectorstores stores <- JSON nested 100,000 deep",
        "exit 1, one line 'error: ...', no traceback",
        f"exit {result.exit_code}: {line[:120]}",
        result.exit_code == 1 and "RecursionError" not in result.output and "nested too deeply" in line,
    )
