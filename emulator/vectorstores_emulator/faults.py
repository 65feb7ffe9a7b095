"""Faults injected on purpose, the log of requests seen, and the middleware that applies both.

A fault answers the next N requests that match a method and a path pattern (optionally after
letting ``after`` of them through): with a status (and
optional ``Retry-After``/``retry-after-ms``/other headers), after a delay, by dropping the
connection before any answer, or by cutting the real answer short; an event stream can be cut
after N events (``cut_after_events``) or slowed (``event_delay_ms`` between events). Reliability tests arm them
through ``POST /_emulator/faults`` and read ``GET /_emulator/requests`` to count what arrived.
"""

from __future__ import annotations

import asyncio
import fnmatch
import logging
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import ApiError

__all__ = ["STREAM_FAULT", "Fault", "FaultBook", "RequestLog", "ServingMiddleware", "hang_up"]

logger = logging.getLogger("vectorstores_emulator")

_KINDS = ("status", "drop", "truncate", "delay", "stream")
# Where a stream fault waits in the request's scope for the event stream that applies it (sse.py).
STREAM_FAULT = "vectorstores_emulator.stream_fault"
_HEADER_NAME = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _header_value(value: Any) -> bool:
    return isinstance(value, str) and "\r" not in value and "\n" not in value


def _headers(value: Any) -> bool:
    """Header names and values that can go on the wire as they are (else the answer would fail)."""
    return isinstance(value, dict) and all(
        isinstance(name, str) and _HEADER_NAME.match(name) and _header_value(item) for name, item in value.items()
    )


@dataclass
class Fault:
    """One armed fault; ``times`` counts down as matching requests arrive."""

    method: str = "*"
    path: str = "*"
    times: int = 1
    status: int | None = None
    delay_ms: int = 0
    drop: bool = False
    truncate: bool = False
    retry_after: str | None = None
    retry_after_ms: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    message: str | None = None
    after: int = 0  # matching requests to let through untouched before this fault starts
    # Event streams only (text/event-stream answers): hang up after this many events, and wait
    # this long before each event after the first. Other answers pass untouched.
    cut_after_events: int | None = None
    event_delay_ms: int = 0

    @classmethod
    def parse(cls, spec: Any) -> Fault:
        """A fault from its JSON description; a bad one is a 400 naming the field."""
        if not isinstance(spec, dict):
            raise ApiError(400, "A fault is a JSON object.", param="fault")
        unknown = set(spec) - set(cls.__dataclass_fields__)
        if unknown:
            raise ApiError(400, f"Unknown fault field: '{sorted(unknown)[0]}'.", param=sorted(unknown)[0])
        fault = cls(**spec)
        checks = {
            "method": isinstance(fault.method, str),
            "path": isinstance(fault.path, str),
            "times": _whole(fault.times) and fault.times >= 1,
            "status": fault.status is None or (_whole(fault.status) and 400 <= fault.status <= 599),
            "delay_ms": _whole(fault.delay_ms) and fault.delay_ms >= 0,
            "drop": isinstance(fault.drop, bool),
            "truncate": isinstance(fault.truncate, bool),
            "retry_after": fault.retry_after is None or _header_value(fault.retry_after),
            "retry_after_ms": fault.retry_after_ms is None
            or (_whole(fault.retry_after_ms) and fault.retry_after_ms >= 0),
            "headers": _headers(fault.headers),
            "message": fault.message is None or isinstance(fault.message, str),
            "after": _whole(fault.after) and fault.after >= 0,
            "cut_after_events": fault.cut_after_events is None
            or (_whole(fault.cut_after_events) and fault.cut_after_events >= 0),
            "event_delay_ms": _whole(fault.event_delay_ms) and fault.event_delay_ms >= 0,
        }
        for name, ok in checks.items():
            if not ok:
                raise ApiError(400, f"Invalid fault field '{name}': {getattr(fault, name)!r}.", param=name)
        actions = [fault.status is not None, fault.drop, fault.truncate, fault.streams]
        if sum(actions) > 1:
            raise ApiError(
                400,
                "A fault either answers a status, drops, truncates, or cuts or slows a stream; not several.",
                param="status",
            )
        if not any(actions) and not fault.delay_ms:
            raise ApiError(
                400,
                "A fault needs a status, drop, truncate, cut_after_events, event_delay_ms or delay_ms.",
                param="status",
            )
        return fault

    def matches(self, method: str, path: str) -> bool:
        return self.method in ("*", method) and fnmatch.fnmatchcase(path, self.path)

    @property
    def streams(self) -> bool:
        """Whether the fault acts on an event stream's events."""
        return self.cut_after_events is not None or self.event_delay_ms > 0

    @property
    def kind(self) -> str:
        if self.status is not None:
            return "status"
        if self.streams:
            return "stream"
        return "drop" if self.drop else "truncate" if self.truncate else "delay"

    def answer_headers(self) -> dict[str, str]:
        headers = dict(self.headers)
        if self.retry_after is not None:
            headers["retry-after"] = self.retry_after
        if self.retry_after_ms is not None:
            headers["retry-after-ms"] = str(self.retry_after_ms)
        return headers


class FaultBook:
    """The armed faults, consumed in the order they were armed."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()

    def arm(self, fault: Fault) -> None:
        with self._lock:
            self._faults.append(fault)

    def take(self, method: str, path: str) -> Fault | None:
        """The fault this request meets, if any. Every matching fault still waiting (``after``)
        counts the request; the first armed one no longer waiting answers it."""
        with self._lock:
            matching = [fault for fault in self._faults if fault.matches(method, path)]
            ready = next((fault for fault in matching if fault.after == 0), None)
            for fault in matching:
                if fault.after > 0:
                    fault.after -= 1
            if ready is not None:
                ready.times -= 1
                if ready.times == 0:
                    self._faults.remove(ready)
        return ready

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def armed(self) -> list[dict[str, Any]]:
        with self._lock:
            return [asdict(fault) for fault in self._faults]


class RequestLog:
    """The last requests to ``/v1``: what came in, how it was answered, and which fault hit it."""

    def __init__(self, size: int = 10_000) -> None:
        self._entries: deque[dict[str, Any]] = deque(maxlen=size)
        self._lock = threading.Lock()

    def add(self, entry: dict[str, Any]) -> None:
        with self._lock:
            self._entries.append(entry)

    def entries(self) -> list[dict[str, Any]]:
        with self._lock:
            return list(self._entries)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


async def _drain(receive: Receive) -> int:
    """Read the request body to its end (so a fault answers a request that fully arrived)."""
    size = 0
    while True:
        message = await receive()
        size += len(message.get("body", b""))
        if message["type"] != "http.request" or not message.get("more_body", False):
            return size


def _cycle(receive: Receive, send: Send) -> Any:
    """uvicorn's h11 request-response cycle serving this request, which owns the transport.

    ``receive`` and ``send`` are methods bound to it as uvicorn hands them over; Starlette's
    ServerErrorMiddleware (always outermost) and ASGI wrappers in tests wrap ``send`` in closures
    but pass ``receive`` on as it is, so either may lead to the cycle."""
    for channel in (receive, send):
        cycle = getattr(channel, "__self__", None)
        if getattr(cycle, "transport", None) is not None:
            return cycle
    return None


def hang_up(receive: Receive, send: Send) -> None:
    """Close the client's connection without a word; marking the cycle disconnected keeps uvicorn
    from answering for us (a 500) or logging a response left incomplete."""
    cycle = _cycle(receive, send)
    if cycle is None:
        raise RuntimeError("dropping a connection needs uvicorn's h11 protocol")
    cycle.transport.close()
    cycle.disconnected = True


def _controls(scope: Scope) -> bool:
    """Whether the request is for a control that changes or reveals the emulator's state."""
    if scope["type"] != "http":  # lifespan events have no path
        return False
    path: str = scope["path"]
    return path.startswith("/_emulator") and path != "/_emulator/health"


class ServingMiddleware:
    """Around every ``/v1`` request: a request id and timing headers, the API key check, armed
    faults, the request log, and a JSON 500 instead of a stack trace when a handler fails.

    The ``/_emulator`` controls (``health`` aside) need the same key: with one set, nobody else
    on the host may wipe the data, arm faults or read the request log."""

    def __init__(
        self, app: ASGIApp, *, faults: FaultBook, log: RequestLog, api_key: str | None, request_ids: Callable[[], str]
    ) -> None:
        self.app = app
        self.request_ids = request_ids
        self.faults = faults
        self.log = log
        self.api_key = api_key

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/v1"):
            problem = self._unauthorised(scope) if _controls(scope) else None
            if problem is not None:
                await problem.response()(scope, receive, send)
                return
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        request_id = self.request_ids()
        method, path = scope["method"], scope["path"]
        entry: dict[str, Any] = {
            "method": method,
            "path": path,
            "query": scope.get("query_string", b"").decode("latin-1"),
            "status": None,
            "fault": None,
            "request_id": request_id,
        }
        self.log.add(entry)
        response_started = False

        async def send_stamped(message: Message) -> None:
            nonlocal response_started
            if message["type"] == "http.response.start":
                response_started = True
                entry["status"] = message["status"]
                headers = MutableHeaders(scope=message)
                headers["x-request-id"] = request_id
                headers["openai-version"] = "2020-10-01"
                headers["openai-processing-ms"] = str(int((time.perf_counter() - started) * 1000))
            await send(message)

        fault = self.faults.take(method, path)
        try:
            if fault is not None:
                entry["fault"] = fault.kind
                if fault.delay_ms:
                    await asyncio.sleep(fault.delay_ms / 1000)
                if fault.drop:
                    await _drain(receive)
                    hang_up(receive, send)
                    return
                if fault.status is not None:
                    await _drain(receive)
                    message = fault.message or f"Injected fault: {fault.status}."
                    error = ApiError(
                        fault.status, message, type="server_error" if fault.status >= 500 else "invalid_request_error"
                    )
                    error.headers = fault.answer_headers()
                    await error.response()(scope, receive, send_stamped)
                    return
                if fault.truncate:
                    await self._truncated(scope, receive, send_stamped)
                    return
                if fault.streams:
                    scope[STREAM_FAULT] = fault
            problem = self._unauthorised(scope)
            if problem is not None:
                await problem.response()(scope, receive, send_stamped)
                return
            await self.app(scope, receive, send_stamped)
        except Exception:
            logger.exception("handler failed: %s %s", method, path)
            if not response_started:
                crash = ApiError(500, "The emulator failed to handle this request.", type="server_error")
                await crash.response()(scope, receive, send_stamped)

    async def _truncated(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the request for real, then send only half of the answer's body and hang up."""
        messages: list[Message] = []

        async def keep(message: Message) -> None:
            messages.append(message)

        await self.app(scope, receive, keep)
        start = next(m for m in messages if m["type"] == "http.response.start")
        body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body")
        await send(start)
        await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
        hang_up(receive, send)

    def _unauthorised(self, scope: Scope) -> ApiError | None:
        if self.api_key is None:
            return None
        headers = dict(scope["headers"])
        given = headers.get(b"authorization", b"").decode("latin-1")
        if not given:
            return ApiError(
                401,
                "You didn't provide an API key. You need to provide your API key in an Authorization header "
                "using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
            )
        key = given.removeprefix("Bearer ").strip()
        if key != self.api_key:
            # Like the real API, show only the ends of the key; never echo a secret whole.
            shown = f"{key[:3]}***{key[-4:]}" if len(key) > 8 else "***"
            return ApiError(401, f"Incorrect API key provided: {shown}.", code="invalid_api_key")
        return None
