"""``Stream`` and ``AsyncStream``: a ``text/event-stream`` answer read event by event.

The body is decoded as server-sent events while it arrives (``SSEDecoder``), each event's JSON
is handed to the operation's ``parse_event`` (the generated event union), and the connection is
given back when the stream is exhausted, broken off, closed, or collected. Only what one event
needs is ever held, so a long stream runs in constant memory.

What a server can do to a stream, and what the caller gets:

- an ``error`` event (``event: error``, ``"type": "error"``, or an ``"error"`` object, as
  openai-python checks it): ``APIError`` with the event's message;
- a connection dropped mid-stream: ``APIConnectionError`` (``APITimeoutError`` when a read
  timed out); nothing is retried once the body has started;
- an event that is not JSON, or a body that ends in the middle of one: ``APIResponseValidationError``;
- an event larger than the client's ``max_response_bytes``: ``APIResponseValidationError``,
  raised before more than that (plus one network read) is held;
- a stream that never ends: bounded by the client's ``deadline``, counted from the moment the
  stream is opened, after which ``APITimeoutError``; without a deadline it runs as long as the
  server sends (each silent wait is still bounded by the read timeout).
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
from collections.abc import AsyncIterator, Callable, Generator, Iterator
from types import TracebackType
from typing import Any, Generic, TypeVar

import httpx2
from vectorstores_raw.errors import APIConnectionError, APIError, APIResponseValidationError, APITimeoutError

__all__ = ["AsyncStream", "SSEDecoder", "ServerSentEvent", "Stream"]

T = TypeVar("T")
ParseEvent = Callable[[Any], T]
_S = TypeVar("_S", bound="Stream[Any]")
_A = TypeVar("_A", bound="AsyncStream[Any]")
_DONE = "[DONE]"  # the end marker of the chat completions stream; openai-python stops on it too
_SHOWN = 200  # characters of a faulty event quoted in an error message


class ServerSentEvent:
    """One decoded event: its ``event`` name, ``data`` (the data lines joined), the last ``id``
    seen so far in the stream, and ``retry`` (milliseconds) when the event set one."""

    __slots__ = ("data", "event", "id", "retry")

    def __init__(
        self, *, event: str | None = None, data: str = "", id: str | None = None, retry: int | None = None
    ) -> None:
        self.event = event
        self.data = data
        self.id = id
        self.retry = retry

    def json(self) -> Any:
        return json.loads(self.data)

    def __repr__(self) -> str:
        return f"ServerSentEvent(event={self.event!r}, data={self.data!r}, id={self.id!r}, retry={self.retry!r})"


class EventTooLarge(Exception):
    """An event grew past the decoder's limit (turned into APIResponseValidationError by the stream)."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"a stream event of more than {limit} bytes ({size} held so far)")
        self.size = size
        self.limit = limit


class SSEDecoder:
    """Server-sent events from bytes fed in pieces of any size, as the WHATWG spec reads them:
    lines end with LF, CRLF or CR (even when split between pieces), ``:`` starts a comment,
    ``data`` lines join with LF, ``id`` is remembered (unless it holds NUL), ``retry`` is kept
    when it is digits, other fields are ignored, and an event without data is not dispatched.
    ``finish()`` gives the last event when the body ends without its blank line.

    At most ``limit`` bytes of one event are held: a larger one raises ``EventTooLarge``.
    """

    def __init__(self, limit: int | None = None) -> None:
        self._limit = limit
        self._buffer = bytearray()  # the start of the event still to come, line endings made LF
        self._after_cr = False  # the last piece ended with CR: an LF opening the next is its pair
        self._last_id: str | None = None
        self._fault: EventTooLarge | None = None

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """The events completed by ``chunk``."""
        return [event for event in map(self.decode, self.split(chunk)) if event is not None]

    def finish(self) -> list[ServerSentEvent]:
        """The event left without its closing blank line when the body ended, if any."""
        return [event for event in map(self.decode, self.rest()) if event is not None]

    def split(self, chunk: bytes) -> list[bytes]:
        """The event blocks ``chunk`` completes, undecoded: the streams decode each only when it
        is asked for, so the first event of a large piece is handed over without waiting for
        the others to be decoded."""
        if self._fault is not None:
            raise self._fault
        if not chunk:
            return []
        if self._after_cr or b"\r" in chunk:
            chunk = self._to_lf(chunk)
        buffer = self._buffer
        # Only an event boundary ("\n\n") ending in the new bytes is new: search from the last
        # byte already held, so a large event arriving in small pieces is not scanned again and again.
        start, scan = 0, max(len(buffer) - 1, 0)
        buffer += chunk
        blocks: list[bytes] = []
        while True:
            end = buffer.find(b"\n\n", scan)
            if end < 0 or self._too_large(end - start):
                break
            blocks.append(bytes(buffer[start:end]))
            start = scan = end + 2
        if self._fault is None:
            del buffer[:start]
            self._too_large(len(buffer))
        if self._fault is not None and not blocks:
            raise self._fault
        return blocks  # those before an oversized event first; the fault on the next call

    def rest(self) -> list[bytes]:
        """The block left without its closing blank line when the body ended, if any."""
        if self._fault is not None:
            raise self._fault
        block, self._buffer = bytes(self._buffer), bytearray()
        return [block.strip(b"\n")] if block.strip(b"\n") else []

    @property
    def pending(self) -> bool:
        """Whether part of an event has been read but not yet completed."""
        return bool(self._buffer.strip(b"\n"))

    def _too_large(self, size: int) -> bool:
        if self._limit is None or size <= self._limit:
            return False
        self._buffer = bytearray()  # not held while the error travels
        self._fault = EventTooLarge(size, self._limit)
        return True

    def _to_lf(self, chunk: bytes) -> bytes:
        if self._after_cr and chunk[:1] == b"\n":
            chunk = chunk[1:]
        self._after_cr = chunk[-1:] == b"\r"
        return chunk.replace(b"\r\n", b"\n").replace(b"\r", b"\n")

    def decode(self, block: bytes) -> ServerSentEvent | None:
        """The event of one block (its lines, without the blank line after them); None when it
        has no data, which the spec does not dispatch."""
        name: bytes | None = None
        data: list[bytes] = []
        retry: int | None = None
        for line in block.split(b"\n"):
            if not line or line[0] == 58:  # a blank line before the event, or a ":" comment
                continue
            field, _, value = line.partition(b":")
            if value[:1] == b" ":
                value = value[1:]
            if field == b"data":
                data.append(value)
            elif field == b"event":
                name = value
            elif field == b"id":
                if b"\0" not in value:
                    self._last_id = value.decode("utf-8", "replace")
            elif field == b"retry" and value.isdigit():
                retry = int(value)
        if not data:
            return None
        return ServerSentEvent(
            event=name.decode("utf-8", "replace") if name else None,
            data=(data[0] if len(data) == 1 else b"\n".join(data)).decode("utf-8", "replace"),
            id=self._last_id,
            retry=retry,
        )


class _Events(Generic[T]):
    """What both streams do with a decoded event: check it, parse it, or tell it ends the stream."""

    response: httpx2.Response

    def __init__(
        self,
        *,
        response: httpx2.Response,
        parse_event: ParseEvent[T],
        max_event_bytes: int | None = None,
        deadline: float | None = None,
    ) -> None:
        self.response = response
        self._parse_event = parse_event
        self._decoder = SSEDecoder(max_event_bytes)
        self._expires = None if deadline is None else time.monotonic() + deadline
        self._count = 0  # events read, to say which one was at fault

    def _parse(self, sse: ServerSentEvent, *, last: bool = False) -> T:
        self._count += 1
        try:
            data = json.loads(sse.data)
        except (ValueError, RecursionError) as error:
            shown = sse.data if len(sse.data) <= _SHOWN else sse.data[:_SHOWN] + "..."
            if last:
                reason = f"the stream ended in the middle of event {self._count} ({error}): {shown!r}"
            else:
                reason = f"stream event {self._count} is not valid JSON ({error}): {shown!r}"
            raise APIResponseValidationError(self.response, reason, sse.data) from None
        if isinstance(data, dict) and (sse.event == "error" or data.get("type") == "error" or data.get("error")):
            raise _error_event(data, self.response)
        return self._parse_event(data)

    def _late(self) -> bool:
        return self._expires is not None and time.monotonic() > self._expires

    def _read_error(self, error: Exception) -> APIError:
        """The package's error for a failure while reading the body."""
        request = self.response.request
        if isinstance(error, EventTooLarge):
            reason = f"stream event too large ({error}; the limit is max_response_bytes={error.limit})"
            return APIResponseValidationError(self.response, reason)
        if isinstance(error, httpx2.TimeoutException):
            return APITimeoutError(request)
        if isinstance(error, httpx2.DecodingError):
            return APIResponseValidationError(self.response, f"stream could not be decoded ({error})")
        where = " in the middle of an event" if self._decoder.pending else ""
        return APIConnectionError(f"Connection error: the stream broke off{where} ({type(error).__name__})", request)


_READ_ERRORS = (httpx2.RequestError, httpx2.StreamError, EventTooLarge)


def _error_event(data: dict[str, Any], response: httpx2.Response) -> APIError:
    """APIError for an error event: the message of its ``error`` object, else its own."""
    inner = data.get("error")
    source = inner if isinstance(inner, dict) else data
    message = source.get("message")
    if not isinstance(message, str) or not message:
        message = "An error occurred during streaming"  # openai-python's words when there is none
    return APIError(message, response.request, body=source)


class Stream(_Events[T]):
    """The events of a streamed answer, parsed as they arrive: iterate over it, ideally in a
    ``with`` block. The connection is closed when the events run out, on ``close()``, at the
    end of the ``with`` block, on an error, and when the stream is collected unfinished."""

    def __init__(
        self,
        *,
        response: httpx2.Response,
        parse_event: ParseEvent[T],
        max_event_bytes: int | None = None,
        deadline: float | None = None,
    ) -> None:
        super().__init__(response=response, parse_event=parse_event, max_event_bytes=max_event_bytes, deadline=deadline)
        self._iterator = self._events()

    def __iter__(self) -> Iterator[T]:
        return self

    def __next__(self) -> T:
        return next(self._iterator)

    def _events(self) -> Generator[T, None, None]:
        decoder, parse = self._decoder, self._parse
        chunks = self.response.iter_bytes()
        ended = False
        try:
            while not ended:
                try:
                    chunk = next(chunks, None)
                    if self._late():
                        raise httpx2.ReadTimeout("the client's deadline has passed")
                    ended = chunk is None
                    blocks = decoder.rest() if chunk is None else decoder.split(chunk)
                except _READ_ERRORS as error:
                    raise self._read_error(error) from error
                for block in blocks:
                    sse = decoder.decode(block)
                    if sse is None:
                        continue
                    if sse.data == _DONE:
                        return
                    yield parse(sse, last=ended)
        finally:
            self.response.close()

    def close(self) -> None:
        """Stop reading and give the connection back (also done at the end of a ``with`` block)."""
        with contextlib.suppress(ValueError):  # "generator already executing": another thread reads it
            self._iterator.close()
        self.response.close()

    def __enter__(self: _S) -> _S:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __del__(self) -> None:
        # Collected unfinished (a loop broken off, the stream dropped): close the connection
        # rather than leave it taken from the pool until the interpreter exits.
        with contextlib.suppress(Exception):
            self.response.close()


class AsyncStream(_Events[T]):
    """The async twin of ``Stream``: ``async for event in stream``, ``async with``, ``await close()``.

    Written without an async generator of its own, so that an unfinished stream is closed in
    its own event loop (asyncio or trio) when collected, never finalised by the interpreter."""

    def __init__(
        self,
        *,
        response: httpx2.Response,
        parse_event: ParseEvent[T],
        max_event_bytes: int | None = None,
        deadline: float | None = None,
    ) -> None:
        super().__init__(response=response, parse_event=parse_event, max_event_bytes=max_event_bytes, deadline=deadline)
        self._chunks: AsyncIterator[bytes] | None = None
        self._ready: list[bytes] = []  # event blocks read, decoded one by one as they are asked for
        self._next = 0
        self._ended = False
        self._closed = False
        self._loop = _running_loop()

    def __aiter__(self) -> AsyncStream[T]:
        return self

    async def __anext__(self) -> T:
        try:
            while True:
                if self._next < len(self._ready):
                    sse = self._decoder.decode(self._ready[self._next])
                    self._next += 1
                    if sse is None:
                        continue
                    if sse.data == _DONE:
                        break
                    return self._parse(sse, last=self._ended)
                if self._ended or self._closed:
                    break
                await self._read()
        except BaseException:
            await self.close()
            raise
        await self.close()
        raise StopAsyncIteration

    async def _read(self) -> None:
        """Read until at least one event is ready, or the body has ended."""
        if self._chunks is None:
            self._chunks = self.response.aiter_bytes()
        self._ready, self._next = [], 0
        try:
            while not self._ready:
                try:
                    chunk = await self._chunks.__anext__()
                except StopAsyncIteration:
                    self._ended = True
                    self._ready = self._decoder.rest()
                    return
                if self._late():
                    raise httpx2.ReadTimeout("the client's deadline has passed")
                self._ready = self._decoder.split(chunk)
        except _READ_ERRORS as error:
            raise self._read_error(error) from error

    async def close(self) -> None:
        """Stop reading and give the connection back."""
        self._closed = True
        chunks, self._chunks = self._chunks, None
        await _aclose(chunks, self.response)

    async def aclose(self) -> None:
        """The same as ``close()`` (openai-python offers both)."""
        await self.close()

    async def __aenter__(self: _A) -> _A:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):  # half-built, or the loop has ended and its connections with it
            # httpx2's byte iterator is closed too, even when the response was closed by a view.
            if not self._closed and (self._chunks is not None or not self.response.is_closed):
                _close_in(self._loop, self._chunks, self.response)


async def _aclose(chunks: AsyncIterator[bytes] | None, response: httpx2.Response) -> None:
    # httpx2's byte iterator is an async generator: closed here, in the loop that runs it, it is
    # not left for the interpreter to finalise (which trio reports as a ResourceWarning).
    close = getattr(chunks, "aclose", None)
    if close is not None:
        await close()
    await response.aclose()


def _running_loop() -> Any:
    """The running asyncio loop or trio token, to close a collected stream in; None outside one."""
    asyncio = sys.modules.get("asyncio")
    if asyncio is not None:
        with contextlib.suppress(RuntimeError):
            return asyncio.get_running_loop()
    trio = sys.modules.get("trio")
    if trio is not None:
        with contextlib.suppress(RuntimeError):
            return trio.lowlevel.current_trio_token()
    return None


_CLOSING: set[Any] = set()  # asyncio tasks closing collected streams


def _close_in(loop: Any, chunks: AsyncIterator[bytes] | None, response: httpx2.Response) -> None:
    """Schedule the closing of a collected stream's connection in the loop it belongs to (from
    any thread: a collection may happen anywhere)."""
    if loop is None:
        return
    if hasattr(loop, "call_soon_threadsafe"):  # asyncio

        def start() -> None:
            task = loop.create_task(_aclose(chunks, response))
            _CLOSING.add(task)  # held until done: a task only the loop refers to may be collected
            task.add_done_callback(_CLOSING.discard)

        loop.call_soon_threadsafe(start)
        return
    import trio

    loop.run_sync_soon(trio.lowlevel.spawn_system_task, _aclose, chunks, response)
