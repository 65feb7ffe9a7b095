"""Requests that cannot be sent as given: a header HTTP cannot carry (CR, LF, control or
non-ASCII characters, a bad name) is refused at once with a ValueError naming it, before any
request and without a retry's wait; an upload from a one-shot stream (a pipe) is copied first,
so it arrives whole, also when a fault makes the SDK send it again."""

from __future__ import annotations

import contextlib
import os
import random
import threading
import time
from collections.abc import Callable, Iterator
from typing import IO, Any

import pytest
import vectorstores._uploads
from vectorstores import AsyncOpenAI, OpenAI

from tests.overlays.conftest import FakeClock

from .conftest import API_KEY, Control, Report, Served

PAYLOAD = random.Random(20240714).randbytes(200_000)  # more than a pipe's buffer holds at once


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def client(server: Served, clock: FakeClock) -> Iterator[OpenAI]:
    """Retries on, on a clock that records every wait."""
    with OpenAI(api_key=API_KEY, base_url=server.base_url, max_retries=2, _clock=clock) as sdk:
        yield sdk


def _arrived(control: Control) -> int:
    return sum(1 for entry in control.requests() if entry["path"].startswith("/v1/"))


# --- headers ------------------------------------------------------------------------------------

# case: (headers, the header the error must name)
BAD_HEADERS: dict[str, tuple[dict[str, str], str]] = {
    "CR LF in a value": ({"X-Trace": "a\r\nInjected: yes"}, "'X-Trace'"),
    "LF alone in a value": ({"X-Trace": "a\nb"}, "'X-Trace'"),
    "NUL in a value": ({"X-Trace": "a\x00b"}, "'X-Trace'"),
    "non-ASCII value": ({"X-Trace": "café"}, "'X-Trace'"),
    "value ending in a space": ({"X-Trace": "a "}, "'X-Trace'"),
    "LF in a name": ({"X-Tr\nace": "a"}, "'X-Tr\\nace'"),
    "space in a name": ({"X Trace": "a"}, "'X Trace'"),
    "empty name": ({"": "a"}, "''"),
}

CALLS: dict[str, Callable[[OpenAI, dict[str, str]], object]] = {
    "GET": lambda client, headers: client.vector_stores.list(extra_headers=headers),
    "POST JSON": lambda client, headers: client.vector_stores.create(name="h", extra_headers=headers),
    "multipart upload": lambda client, headers: client.files.create(
        file=("h.txt", b"h\n"), purpose="assistants", extra_headers=headers
    ),
}


def _refusal(
    report: Report, case: str, error: BaseException | None, named: str, arrived: int, sleeps: list[float], took: float
) -> None:
    message = str(error)
    report.check(
        f"{case}: outcome",
        f"ValueError naming {named}",
        f"{type(error).__name__}: {message}" if error is not None else "sent",
        isinstance(error, ValueError) and (f"Header {named}" in message or f"Header name {named}" in message),
    )
    report.check(
        f"{case}: requests and waits",
        "no request, no retry wait, under 0.5 s",
        f"{arrived} request(s), waits {sleeps}, {took:.3f} s",
        arrived == 0 and not sleeps and took < 0.5,
    )


@pytest.mark.parametrize("call", list(CALLS))
@pytest.mark.parametrize("bad", list(BAD_HEADERS))
def test_bad_extra_header_refused_at_once(
    bad: str, call: str, client: OpenAI, control: Control, clock: FakeClock, report: Report
) -> None:
    """A header that HTTP cannot carry, in ``extra_headers``, never reaches the retry loop."""
    headers, named = BAD_HEADERS[bad]
    error: BaseException | None = None
    started = time.monotonic()
    try:
        CALLS[call](client, headers)
    except Exception as caught:
        error = caught
    took = time.monotonic() - started
    _refusal(report, f"extra_headers, {bad}, {call}", error, named, _arrived(control), clock.sleeps, took)


def test_bad_default_header_refused_at_once(server: Served, control: Control, clock: FakeClock, report: Report) -> None:
    """The same for ``default_headers`` given to the client."""
    error: BaseException | None = None
    started = time.monotonic()
    with OpenAI(
        api_key=API_KEY, base_url=server.base_url, default_headers={"X-Team": "a\r\nb"}, _clock=clock
    ) as client:
        try:
            client.vector_stores.list()
        except Exception as caught:
            error = caught
    took = time.monotonic() - started
    _refusal(report, "default_headers, CR LF in a value", error, "'X-Team'", _arrived(control), clock.sleeps, took)


def test_key_with_line_break_refused_without_showing_it(
    server: Served, control: Control, clock: FakeClock, report: Report
) -> None:
    """An API key with a line break (pasted with its newline) is named as the Authorization
    header; the key itself is not shown."""
    secret = "sk-pasted-with-newline-0123456789"
    error: BaseException | None = None
    with OpenAI(api_key=secret + "\n", base_url=server.base_url, _clock=clock) as client:
        try:
            client.vector_stores.list()
        except Exception as caught:
            error = caught
    message = str(error)
    report.check(
        "api_key ending in a newline: outcome",
        "ValueError naming 'Authorization', the key not shown",
        f"{type(error).__name__}: {message}",
        isinstance(error, ValueError) and "'Authorization'" in message and secret not in message,
    )
    arrived = _arrived(control)
    report.check("api_key ending in a newline: requests", "none", str(arrived), arrived == 0 and not clock.sleeps)


@pytest.mark.asyncio
async def test_async_bad_extra_header_refused_at_once(
    server: Served, control: Control, clock: FakeClock, report: Report
) -> None:
    """The asyncio client refuses the same way."""
    error: BaseException | None = None
    started = time.monotonic()
    async with AsyncOpenAI(api_key=API_KEY, base_url=server.base_url, max_retries=2, _clock=clock) as client:
        try:
            await client.vector_stores.list(extra_headers={"X-Trace": "a\r\nb"})
        except Exception as caught:
            error = caught
    took = time.monotonic() - started
    _refusal(
        report, "async: extra_headers, CR LF in a value", error, "'X-Trace'", _arrived(control), clock.sleeps, took
    )


def test_unusual_but_valid_headers_are_sent(client: OpenAI, control: Control, report: Report) -> None:
    """What HTTP allows still goes through: a tab and spaces inside a value, an empty value,
    punctuation in a name."""
    headers = {"X-Tabbed": "a\tb c", "X-Empty": "", "X-Odd_Name.1~": "v"}
    error: BaseException | None = None
    try:
        client.vector_stores.list(extra_headers=headers)
    except Exception as caught:
        error = caught
    report.check(
        "valid unusual headers (tab inside, empty value, odd name)",
        "sent, 1 request",
        f"{type(error).__name__ if error else 'sent'}, {_arrived(control)} request(s)",
        error is None and _arrived(control) == 1,
    )


# --- one-shot streams ---------------------------------------------------------------------------


def _pipe(data: bytes, mode: str = "rb") -> IO[Any]:
    """The read end of a pipe a thread fills with ``data`` and then closes, as ``cat file |``."""
    read_end, write_end = os.pipe()

    def write() -> None:
        with contextlib.suppress(BrokenPipeError), os.fdopen(write_end, "wb") as sink:  # the reader may stop early
            sink.write(data)

    threading.Thread(target=write, daemon=True).start()
    return os.fdopen(read_end, mode)


# case: (how the pipe is passed, fault spec or None, requests the server should see)
PIPED: dict[str, tuple[Callable[[IO[Any]], Any], dict[str, Any] | None, int]] = {
    "bare pipe, no fault": (lambda pipe: pipe, None, 1),
    "bare pipe, 503 once": (lambda pipe: pipe, {"status": 503}, 2),
    "(name, pipe) tuple, dropped connection once": (lambda pipe: ("piped.bin", pipe), {"drop": True}, 2),
    "(name, pipe) tuple, 500 twice": (lambda pipe: ("piped.bin", pipe), {"status": 500, "times": 2}, 3),
}


def _check_upload(
    report: Report, case: str, error: BaseException | None, created: Any, body: bytes, seen: int, wanted: int
) -> None:
    report.check(f"{case}: outcome", "uploaded", f"{type(error).__name__}: {error}" if error else "uploaded", not error)
    report.check(f"{case}: requests seen by the server", str(wanted), str(seen), seen == wanted)
    report.check(
        f"{case}: content on the server",
        f"{len(PAYLOAD)} bytes, identical",
        f"{getattr(created, 'bytes', None)} bytes, {'identical' if body == PAYLOAD else 'different'}",
        getattr(created, "bytes", None) == len(PAYLOAD) and body == PAYLOAD,
    )


def _uploads_seen(control: Control) -> int:
    return sum(1 for entry in control.requests() if entry["method"] == "POST" and entry["path"] == "/v1/files")


@pytest.mark.parametrize("case", list(PIPED))
def test_upload_from_pipe_arrives_whole(case: str, client: OpenAI, control: Control, report: Report) -> None:
    """An upload read from a pipe is sent with the right length and, when a retry is needed,
    sent again whole, never empty."""
    wrap, fault, wanted = PIPED[case]
    if fault is not None:
        control.fault(method="POST", path="/v1/files", **fault)
    pipe = _pipe(PAYLOAD)
    error: BaseException | None = None
    created: Any = None
    body = b""
    try:
        created = client.files.create(file=wrap(pipe), purpose="assistants")
        body = client.files.content(created.id).content
    except Exception as caught:
        error = caught
    finally:
        pipe.close()
    _check_upload(report, f"upload from a pipe, {case}", error, created, body, _uploads_seen(control), wanted)


def test_upload_from_long_pipe_spills_to_disk(
    client: OpenAI, control: Control, report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pipe longer than the in-memory spool is copied to a temporary file and still arrives
    whole after a retry (the spool is made small here rather than the payload large)."""
    monkeypatch.setattr(vectorstores._uploads, "SPOOL_IN_MEMORY", 64 * 1024)
    control.fault(method="POST", path="/v1/files", status=503)
    pipe = _pipe(PAYLOAD)
    error: BaseException | None = None
    created: Any = None
    body = b""
    try:
        created = client.files.create(file=("piped.bin", pipe), purpose="assistants")
        body = client.files.content(created.id).content
    except Exception as caught:
        error = caught
    finally:
        pipe.close()
    case = "upload from a pipe longer than the in-memory spool, 503 once"
    _check_upload(report, case, error, created, body, _uploads_seen(control), 2)


@pytest.mark.asyncio
async def test_async_upload_from_pipe_arrives_whole(
    server: Served, control: Control, clock: FakeClock, report: Report
) -> None:
    """The asyncio client spools and retries the same way."""
    control.fault(method="POST", path="/v1/files", status=503)
    pipe = _pipe(PAYLOAD)
    error: BaseException | None = None
    created: Any = None
    body = b""
    async with AsyncOpenAI(api_key=API_KEY, base_url=server.base_url, max_retries=2, _clock=clock) as client:
        try:
            created = await client.files.create(file=("piped.bin", pipe), purpose="assistants")
            body = (await client.files.content(created.id)).content
        except Exception as caught:
            error = caught
        finally:
            pipe.close()
    _check_upload(report, "async: upload from a pipe, 503 once", error, created, body, _uploads_seen(control), 2)


def _chunks() -> Iterator[bytes]:
    yield PAYLOAD


REFUSED: dict[str, tuple[Callable[[], Any], type[Exception], tuple[str, ...]]] = {
    "(name, generator) tuple": (lambda: ("gen.bin", _chunks()), TypeError, ("file", "generator")),
    "text-mode pipe": (lambda: _pipe(b"text\n", "r"), TypeError, ("file", "binary mode")),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_stream_that_cannot_be_uploaded_is_refused(case: str, client: OpenAI, control: Control, report: Report) -> None:
    """What is not a binary stream at all is refused before any request, naming ``file``."""
    make, wanted, words = REFUSED[case]
    file = make()
    error: BaseException | None = None
    try:
        client.files.create(file=file, purpose="assistants")
    except Exception as caught:
        error = caught
    finally:
        if hasattr(file, "close"):
            file.close()
    message = str(error)
    arrived = _arrived(control)
    report.check(
        f"upload from a {case}",
        f"{wanted.__name__} naming {' / '.join(words)}; no request",
        f"{type(error).__name__}: {message}; {arrived} request(s)",
        isinstance(error, wanted) and all(word in message for word in words) and arrived == 0,
    )
