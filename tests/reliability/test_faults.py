"""Faults injected by the emulator on real sockets: each retryable failure on GET, POST JSON and a
multipart upload, once, twice (the call succeeds) and three times (the typed error), with the
waits read from an injected clock and the server's state checked after an upload was retried."""

from __future__ import annotations

import email.utils
import io
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx2
import pytest
from vectorstores import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncOpenAI,
    BadRequestError,
    ConflictError,
    InternalServerError,
    OpenAI,
    RateLimitError,
)
from vectorstores._retries import INITIAL_DELAY

from tests.overlays.conftest import FakeClock

from .conftest import API_KEY, Control, Report, Served

PAYLOAD = random.Random(20240601).randbytes(4096)  # known bytes, checked on the server after retries
READ_TIMEOUT = 0.3  # the slow fault answers after 0.6 s, past this
SLOW_MS = 600
MAX_RETRIES = 2


@dataclass(frozen=True)
class Kind:
    """One kind of fault: how to arm it, the error once retries run out, the wait it asks for."""

    name: str
    spec: dict[str, Any]
    error: type[Exception]
    hint: float | None = None  # the wait the server asks for, else the backoff applies
    exact: bool = False  # the error must be exactly this class (408 has no subclass of its own)
    # The emulator runs the handler before cutting the answer short, so the request took effect.
    stored_first: bool = False
    slow: bool = False


KINDS = [
    Kind("500", {"status": 500}, InternalServerError),
    Kind("502", {"status": 502}, InternalServerError),
    Kind("503", {"status": 503}, InternalServerError),
    Kind("504", {"status": 504}, InternalServerError),
    Kind("429 Retry-After: 2", {"status": 429, "retry_after": "2"}, RateLimitError, hint=2.0),
    Kind("429 retry-after-ms: 150", {"status": 429, "retry_after_ms": 150}, RateLimitError, hint=0.15),
    Kind("408", {"status": 408}, APIStatusError, exact=True),
    Kind("409", {"status": 409}, ConflictError),
    Kind("dropped connection", {"drop": True}, APIConnectionError, exact=True),
    Kind("slower than read timeout", {"delay_ms": SLOW_MS}, APITimeoutError, slow=True),
    Kind("truncated body", {"truncate": True}, APIConnectionError, exact=True, stored_first=True),
]


@dataclass
class Target:
    """The request a fault is armed on, and how to make it."""

    method: str
    path: str
    invoke: Callable[[], object]
    created: Callable[[], list[str]] = field(default=lambda: [])  # ids of what the call creates


def _get(client: OpenAI) -> Target:
    store = client.vector_stores.create(name="target")  # before any fault is armed
    return Target("GET", f"/v1/vector_stores/{store.id}", lambda: client.vector_stores.retrieve(store.id))


def _post(client: OpenAI) -> Target:
    return Target(
        "POST",
        "/v1/vector_stores",
        lambda: client.vector_stores.create(name="made"),
        lambda: [store.id for store in client.vector_stores.list() if store.name == "made"],
    )


def _upload(client: OpenAI) -> Target:
    return Target(
        "POST",
        "/v1/files",
        lambda: client.files.create(file=("payload.bin", PAYLOAD), purpose="assistants"),
        lambda: [file.id for file in client.files.list()],
    )


CALLS: dict[str, Callable[[OpenAI], Target]] = {
    "GET vector_stores.retrieve": _get,
    "POST JSON vector_stores.create": _post,
    "multipart files.create": _upload,
}


def backoff_bounds(retry: int) -> tuple[float, float]:
    """The backoff before retry number ``retry`` (1-based): doubling from INITIAL_DELAY, up to 25% less."""
    full = INITIAL_DELAY * 2.0 ** (retry - 1)
    return full * 0.75, full


def waits_ok(kind: Kind, sleeps: list[float], retries: int) -> tuple[str, bool]:
    """What the waits should be, and whether they are."""
    if len(sleeps) != retries:
        return _waits_expected(kind, retries), False
    if kind.hint is not None:
        return _waits_expected(kind, retries), all(abs(s - kind.hint) < 1e-9 for s in sleeps)
    bounds = [backoff_bounds(i + 1) for i in range(retries)]
    return _waits_expected(kind, retries), all(low <= s <= high for s, (low, high) in zip(sleeps, bounds, strict=True))


def _waits_expected(kind: Kind, retries: int) -> str:
    if kind.hint is not None:
        return f"{retries} sleep(s) of {kind.hint:g} s (the server's hint)"
    bounds = ", ".join(f"[{low:g}, {high:g}]" for low, high in (backoff_bounds(i + 1) for i in range(retries)))
    return f"{retries} sleep(s), backoff in {bounds or '-'} s"


def seen(control: Control, method: str, path: str) -> int:
    return sum(1 for entry in control.requests() if entry["method"] == method and entry["path"] == path)


def settle(control: Control) -> None:
    """Wait until every request the server took was answered: a delayed one keeps running on the
    server after the client gave up, and may still change state."""
    deadline = time.monotonic() + 5
    while any(entry["status"] is None and entry["fault"] != "drop" for entry in control.requests()):
        if time.monotonic() > deadline:
            return
        time.sleep(0.02)


def outcome(error: BaseException | None) -> str:
    return "succeeded" if error is None else f"{type(error).__name__}: {error}"


@pytest.fixture(autouse=True)
def _settled(control: Control) -> Iterator[None]:
    yield
    settle(control)  # nothing of this test may land in the next one


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


MakeClient = Callable[..., OpenAI]


@pytest.fixture
def make_client(server: Served, clock: FakeClock) -> Iterator[MakeClient]:
    """Sync clients on the emulator with the fake clock; keyword arguments go to ``OpenAI``."""
    made: list[OpenAI] = []

    def make(**options: Any) -> OpenAI:
        settings: dict[str, Any] = {
            "api_key": API_KEY,
            "base_url": server.base_url,
            "max_retries": MAX_RETRIES,
            "timeout": 10.0,
            "_clock": clock,
            **options,
        }
        client = OpenAI(**settings)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


def _side_effect(
    kind: Kind, call: str, target: Target, client: OpenAI, control: Control, faults: int, report: Report, case: str
) -> None:
    """What the calls left on the server: one object when the server failed before storing,
    possibly more when it stored and then failed; every upload complete."""
    settle(control)
    made = target.created()
    wanted = 0 if faults > MAX_RETRIES else 1
    if kind.stored_first:
        expected = f"{wanted}, or more: a duplicate is possible: server stored before failing"
        passed = len(made) >= wanted
    elif kind.slow:
        expected = f"{wanted}, or more: the server may still process a request the client gave up on"
        passed = len(made) >= wanted
    else:
        expected = f"exactly {wanted} (server failed before storing)"
        passed = len(made) == wanted
    what = "files" if call.startswith("multipart") else "stores"
    report.check(f"{case}: {what} on the server", expected, f"{len(made)} {what}", passed)
    if what == "files" and made:
        complete = []
        for file_id in made:
            stored = client.files.retrieve(file_id)
            body = client.files.content(file_id).content
            complete.append(stored.bytes == len(PAYLOAD) and body == PAYLOAD)
        report.check(
            f"{case}: uploads arrive complete",
            f"every stored file has bytes={len(PAYLOAD)} and the same content",
            f"{sum(complete)} of {len(complete)} complete",
            all(complete),
        )


def _run(
    kind: Kind, call: str, faults: int, client: OpenAI, control: Control, clock: FakeClock, report: Report
) -> None:
    """``faults`` faults in a row on a fresh server: success after faults+1 requests, or the
    typed error after 3."""
    settle(control)  # a delayed request of the previous run must not land in this one
    control.reset()
    clock.sleeps.clear()
    target = CALLS[call](client)
    control.fault(method=target.method, path=target.path, times=faults, **kind.spec)
    case = f"{kind.name} x{faults} on {call}"

    error: BaseException | None = None
    try:
        target.invoke()
    except Exception as caught:
        error = caught

    if faults > MAX_RETRIES:
        right = isinstance(error, kind.error) and (not kind.exact or type(error) is kind.error)
        report.check(f"{case}: outcome", f"raises {kind.error.__name__}", outcome(error), right)
    else:
        report.check(f"{case}: outcome", "succeeds", outcome(error), error is None)
    attempts = min(faults + 1, MAX_RETRIES + 1)
    count = seen(control, target.method, target.path)
    report.check(f"{case}: requests seen by the server", f"exactly {attempts}", str(count), count == attempts)
    expected, passed = waits_ok(kind, clock.sleeps, attempts - 1)
    report.check(f"{case}: waits", expected, str([round(s, 3) for s in clock.sleeps]), passed)
    if target.method == "POST":
        _side_effect(kind, call, target, client, control, faults, report, case)


@pytest.mark.parametrize("call", list(CALLS))
@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.name)
def test_fault_then_outcome(
    kind: Kind, call: str, make_client: MakeClient, control: Control, clock: FakeClock, report: Report
) -> None:
    """One, two, then three faults in a row with max_retries=2 (one test for the three runs
    keeps the suite fast; each run still gets its own rows, and a failing run does not hide the
    others)."""
    timeout: float | httpx2.Timeout = httpx2.Timeout(10.0, read=READ_TIMEOUT) if kind.slow else 10.0
    client = make_client(timeout=timeout)
    failures = []
    for faults in (1, 2, 3):
        try:
            _run(kind, call, faults, client, control, clock, report)
        except AssertionError as failure:
            failures.append(str(failure).splitlines()[0])
    if failures:
        pytest.fail("\n".join(failures))


@pytest.mark.parametrize(
    ("status", "error"),
    [(503, InternalServerError), (429, RateLimitError), (409, ConflictError)],
    ids=["503", "429", "409"],
)
def test_should_retry_false_stops_at_once(
    status: int, error: type[Exception], make_client: MakeClient, control: Control, clock: FakeClock, report: Report
) -> None:
    """``x-should-retry: false`` on a status that is otherwise retried: one request, no wait."""
    client = make_client()
    control.fault(method="POST", path="/v1/vector_stores", status=status, times=3, headers={"x-should-retry": "false"})
    with pytest.raises(Exception) as caught:
        client.vector_stores.create(name="once")
    case = f"{status} with x-should-retry: false"
    report.check(f"{case}: outcome", f"raises {error.__name__}", outcome(caught.value), isinstance(caught.value, error))
    count = seen(control, "POST", "/v1/vector_stores")
    report.check(f"{case}: requests seen by the server", "exactly 1", str(count), count == 1)
    report.check(f"{case}: waits", "none", str(clock.sleeps), clock.sleeps == [])


def test_should_retry_true_retries_a_400(
    make_client: MakeClient, control: Control, clock: FakeClock, report: Report
) -> None:
    """``x-should-retry: true`` makes even a 400 worth another try."""
    client = make_client()
    control.fault(method="POST", path="/v1/vector_stores", status=400, headers={"x-should-retry": "true"})
    error: BaseException | None = None
    try:
        client.vector_stores.create(name="again")
    except Exception as caught:
        error = caught
    case = "400 with x-should-retry: true"
    report.check(f"{case}: outcome", "succeeds", outcome(error), error is None)
    count = seen(control, "POST", "/v1/vector_stores")
    report.check(f"{case}: requests seen by the server", "exactly 2", str(count), count == 2)


def test_plain_400_is_not_retried(make_client: MakeClient, control: Control, report: Report) -> None:
    """A 400 without a hint is the caller's mistake: raised at once."""
    client = make_client()
    control.fault(method="POST", path="/v1/vector_stores", status=400, times=3)
    with pytest.raises(Exception) as caught:
        client.vector_stores.create(name="bad")
    report.check(
        "400: outcome", "raises BadRequestError", outcome(caught.value), isinstance(caught.value, BadRequestError)
    )
    count = seen(control, "POST", "/v1/vector_stores")
    report.check("400: requests seen by the server", "exactly 1", str(count), count == 1)


@pytest.mark.parametrize(
    ("headers", "expected", "low", "high"),
    [
        ({"retry_after": "2", "retry_after_ms": 150}, "0.15 s (retry-after-ms wins over Retry-After)", 0.15, 0.15),
        ({"retry_after": "120"}, "the backoff, [0.375, 0.5] s (a hint over 60 s is ignored)", 0.375, 0.5),
        ({"retry_after": "soon"}, "the backoff, [0.375, 0.5] s (an unparsable hint is ignored)", 0.375, 0.5),
        ({"retry_after": "0"}, "0 s (the server says now)", 0.0, 0.0),
    ],
    ids=["both", "too-long", "garbage", "zero"],
)
def test_hint_edge_cases(
    headers: dict[str, Any],
    expected: str,
    low: float,
    high: float,
    make_client: MakeClient,
    control: Control,
    clock: FakeClock,
    report: Report,
) -> None:
    """Which hint wins, and when the backoff takes over."""
    client = make_client()
    store = client.vector_stores.create(name="hinted")
    control.fault(method="GET", path=f"/v1/vector_stores/{store.id}", status=429, **headers)
    error: BaseException | None = None
    try:
        client.vector_stores.retrieve(store.id)
    except Exception as caught:
        error = caught
    shown = ", ".join(f"{key}={value}" for key, value in headers.items())
    report.check(f"429 with {shown}: outcome", "succeeds after one retry", outcome(error), error is None)
    passed = len(clock.sleeps) == 1 and low - 1e-9 <= clock.sleeps[0] <= high + 1e-9
    report.check(f"429 with {shown}: wait", expected, str(clock.sleeps), passed)


def test_retry_after_http_date(make_client: MakeClient, control: Control, clock: FakeClock, report: Report) -> None:
    """``Retry-After`` as an HTTP date three seconds ahead: the wait is what remains until then."""
    client = make_client()
    store = client.vector_stores.create(name="dated")
    when = email.utils.formatdate(time.time() + 3, usegmt=True)  # whole seconds: 2 to 3 s remain
    control.fault(method="GET", path=f"/v1/vector_stores/{store.id}", status=503, retry_after=when)
    error: BaseException | None = None
    try:
        client.vector_stores.retrieve(store.id)
    except Exception as caught:
        error = caught
    case = "503 with Retry-After: <HTTP date 3 s ahead>"
    report.check(f"{case}: outcome", "succeeds after one retry", outcome(error), error is None)
    passed = len(clock.sleeps) == 1 and 1.5 <= clock.sleeps[0] <= 3.0
    report.check(f"{case}: wait", "one wait of 2 to 3 s", str([round(s, 1) for s in clock.sleeps]), passed)


def test_real_time_wait_follows_retry_after_ms(server: Served, control: Control, report: Report) -> None:
    """The one check on the real clock: two 503s asking for 150 ms each take about 0.3 s."""
    with OpenAI(api_key=API_KEY, base_url=server.base_url, max_retries=MAX_RETRIES, timeout=10.0) as client:
        store = client.vector_stores.create(name="timed")
        control.fault(method="GET", path=f"/v1/vector_stores/{store.id}", status=503, retry_after_ms=150, times=2)
        started = time.monotonic()
        client.vector_stores.retrieve(store.id)
        elapsed = time.monotonic() - started
    report.check(
        "503 x2 with retry-after-ms: 150, real clock: elapsed",
        "at least 0.30 s, under 1.5 s",
        f"{elapsed:.3f} s",
        0.3 <= elapsed < 1.5,
    )


def _file_on_disk(tmp_path: Path) -> Path:
    path = tmp_path / "payload.bin"
    path.write_bytes(PAYLOAD)
    return path


UPLOAD_FORMS: dict[str, Callable[[Path], Any]] = {
    "path": _file_on_disk,
    "open file": lambda tmp_path: _file_on_disk(tmp_path).open("rb"),
    "(name, BytesIO) tuple": lambda tmp_path: ("payload.bin", io.BytesIO(PAYLOAD)),
}


@pytest.mark.parametrize("form", list(UPLOAD_FORMS))
@pytest.mark.parametrize("spec", [{"status": 503}, {"drop": True}], ids=["503", "drop"])
def test_streamed_upload_retried_arrives_complete(
    form: str,
    spec: dict[str, Any],
    tmp_path: Path,
    make_client: MakeClient,
    control: Control,
    report: Report,
) -> None:
    """An upload read from a stream (not bytes in memory) is sent whole again on the retry."""
    client = make_client()
    file = UPLOAD_FORMS[form](tmp_path)
    control.fault(method="POST", path="/v1/files", times=2, **spec)
    try:
        created = client.files.create(file=file, purpose="assistants")
    finally:
        if hasattr(file, "close"):
            file.close()
    case = f"upload from {form} after 2x {next(iter(spec))}"
    count = seen(control, "POST", "/v1/files")
    report.check(f"{case}: requests seen by the server", "exactly 3", str(count), count == 3)
    files = list(client.files.list())
    report.check(f"{case}: files on the server", "exactly 1", str(len(files)), len(files) == 1)
    body = client.files.content(created.id).content
    report.check(
        f"{case}: content on the server",
        f"{len(PAYLOAD)} bytes, identical",
        f"{created.bytes} bytes, {'identical' if body == PAYLOAD else 'different'}",
        created.bytes == len(PAYLOAD) and body == PAYLOAD,
    )


ASYNC_KINDS = [kind for kind in KINDS if kind.name in ("503", "429 Retry-After: 2", "dropped connection")]


@pytest.mark.asyncio
@pytest.mark.parametrize("kind", ASYNC_KINDS, ids=lambda kind: kind.name)
async def test_async_client_retries_the_same(
    kind: Kind, server: Served, control: Control, clock: FakeClock, report: Report
) -> None:
    """The asyncio client retries as the sync one does, sleeping through the injected clock."""
    async with AsyncOpenAI(
        api_key=API_KEY, base_url=server.base_url, max_retries=MAX_RETRIES, timeout=10.0, _clock=clock
    ) as client:
        control.fault(method="POST", path="/v1/files", times=2, **kind.spec)
        error: BaseException | None = None
        try:
            await client.files.create(file=("payload.bin", PAYLOAD), purpose="assistants")
        except Exception as caught:
            error = caught
        files = [file async for file in client.files.list()]
    case = f"async: {kind.name} x2 on multipart files.create"
    report.check(f"{case}: outcome", "succeeds", outcome(error), error is None)
    count = seen(control, "POST", "/v1/files")
    report.check(f"{case}: requests seen by the server", "exactly 3", str(count), count == 3)
    expected, passed = waits_ok(kind, clock.sleeps, 2)
    report.check(f"{case}: waits", expected, str([round(s, 3) for s in clock.sleeps]), passed)
    report.check(f"{case}: files on the server", "exactly 1", str(len(files)), len(files) == 1)
