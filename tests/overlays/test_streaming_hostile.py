"""What a hostile or broken server can do to a stream: each ends in a typed error or a bounded,
documented behaviour, with the connection closed."""

from __future__ import annotations

import socket
import threading
import time
import tracemalloc
from collections.abc import Iterator
from typing import Any

import httpx2
import pytest
from vectorstores import APIConnectionError, APIResponseValidationError, APITimeoutError, OpenAI

from .conftest import API_KEY
from .streams import SSE_HEADERS, AsyncBody, Events, SyncBody, async_events, chunked, deltas, sse, sync_events

FIRST = {"type": "response.created", "sequence_number": 0}


def serve(body: SyncBody | AsyncBody) -> Any:
    return lambda request: httpx2.Response(200, headers=SSE_HEADERS, stream=body)


# --- cut off in the middle of an event --------------------------------------------------------------


def test_connection_dropped_mid_line_is_a_connection_error_and_not_retried() -> None:
    body = SyncBody([sse(FIRST), b'event: response.output_text.delta\ndata: {"type": "resp'], httpx2.ReadError("reset"))
    events, sent = sync_events(serve(body))
    stream = events.create()
    assert next(stream).data == FIRST
    with pytest.raises(APIConnectionError, match="broke off in the middle of an event") as caught:
        next(stream)
    assert not isinstance(caught.value, APITimeoutError)
    assert body.closed and stream.response.is_closed
    assert len(sent) == 1  # the body had started: sending again could repeat the model's work
    assert list(stream) == []  # and the stream stays ended


def test_a_real_socket_closed_mid_event_is_a_connection_error() -> None:
    """A server that sends part of a chunked body and hangs up, as a dropped connection looks."""
    partial = b'event: response.created\ndata: {"type": "response.created"}\n\ndata: {"type": "resp'
    with _server(partial) as base_url, OpenAI(api_key=API_KEY, base_url=base_url, max_retries=0) as client:
        stream = Events(client).create()
        assert next(stream).type == "response.created"
        with pytest.raises(APIConnectionError, match="middle of an event"):
            next(stream)
        assert stream.response.is_closed


def test_a_body_that_ends_mid_event_is_a_validation_error() -> None:
    body = SyncBody([sse(FIRST), b'data: {"type": "response.output_text.de'])
    events, _ = sync_events(serve(body))
    stream = events.create()
    assert next(stream).data == FIRST
    with pytest.raises(APIResponseValidationError, match="ended in the middle of event 2"):
        next(stream)
    assert body.closed


@pytest.mark.anyio
async def test_async_connection_dropped_mid_event() -> None:
    body = AsyncBody([sse(FIRST), b'data: {"type": "resp'], httpx2.RemoteProtocolError("peer closed"))
    events, sent = async_events(serve(body))
    stream = await events.create()
    assert (await stream.__anext__()).data == FIRST
    with pytest.raises(APIConnectionError, match="middle of an event"):
        await stream.__anext__()
    assert body.closed and len(sent) == 1


# --- an event larger than max_response_bytes ------------------------------------------------------------


def huge_event(size: int) -> bytes:
    return sse({"type": "response.output_text.delta", "delta": "x" * size})


@pytest.mark.parametrize("piece", [100, 1_000_000])
def test_an_event_over_max_response_bytes_is_refused_before_it_is_read_whole(piece: int) -> None:
    body = SyncBody(chunked(sse(FIRST) + huge_event(100_000) + sse(FIRST), piece))
    events, _ = sync_events(serve(body), max_response_bytes=1000)
    stream = events.create()
    assert next(stream).data == FIRST
    with pytest.raises(APIResponseValidationError, match="max_response_bytes=1000"):
        next(stream)
    assert body.closed
    # Reading stopped at the limit plus one piece: not every piece of the event was asked for.
    assert body.served == 1 if piece > 1000 else body.served <= 2000 // piece + 1


def test_max_response_bytes_bounds_each_event_not_the_stream() -> None:
    many = sse(*deltas(500, "y" * 50))  # about 50 KB in events of about 100 bytes
    events, _ = sync_events(serve(SyncBody(chunked(many, 4096))), max_response_bytes=1000)
    assert len(list(events.create())) == 500


@pytest.mark.anyio
async def test_async_event_over_max_response_bytes() -> None:
    body = AsyncBody(chunked(huge_event(100_000), 100))
    events, _ = async_events(serve(body), max_response_bytes=1000)
    stream = await events.create()
    with pytest.raises(APIResponseValidationError, match="too large"):
        await stream.__anext__()
    assert body.closed and body.served <= 11


# --- one event of malformed JSON --------------------------------------------------------------------


def test_malformed_json_is_a_validation_error_naming_the_event() -> None:
    body = SyncBody([sse(FIRST, FIRST), b"event: response.output_text.delta\ndata: {not json}\n\n", sse(FIRST)])
    events, _ = sync_events(serve(body))
    stream = events.create()
    got = [next(stream), next(stream)]
    assert [e.data for e in got] == [FIRST, FIRST]
    with pytest.raises(APIResponseValidationError, match="stream event 3 is not valid JSON") as caught:
        next(stream)
    assert caught.value.body == "{not json}"
    assert body.closed


# --- a server that never stops ----------------------------------------------------------------------------


def forever() -> Iterator[bytes]:
    while True:
        time.sleep(0.001)
        yield sse(*deltas(1))


def test_a_stream_that_never_ends_stops_at_the_deadline() -> None:
    body = SyncBody(forever())
    events, _ = sync_events(serve(body), deadline=0.3)
    started = time.monotonic()
    count = 0
    with pytest.raises(APITimeoutError):
        for _ in events.create():
            count += 1
    assert 0.3 <= time.monotonic() - started < 2
    assert count > 10 and body.closed


@pytest.mark.anyio
async def test_async_stream_that_never_ends_stops_at_the_deadline() -> None:
    async def answer() -> Any:
        import anyio

        while True:
            await anyio.sleep(0.001)
            yield sse(*deltas(1))

    closed = []

    class Forever(httpx2.AsyncByteStream):
        def __aiter__(self) -> Any:
            return answer()

        async def aclose(self) -> None:
            closed.append(True)

    events, _ = async_events(lambda request: httpx2.Response(200, headers=SSE_HEADERS, stream=Forever()), deadline=0.3)
    started = time.monotonic()
    stream = await events.create()
    with pytest.raises(APITimeoutError):
        async for _ in stream:
            pass
    assert 0.3 <= time.monotonic() - started < 2
    assert closed and stream.response.is_closed


# --- many small events: memory stays flat -------------------------------------------------------------


def peak_while_reading(count: int) -> int:
    def pieces() -> Iterator[bytes]:
        block = sse(*deltas(100, "tok"))
        for _ in range(count // 100):
            yield block

    events, _ = sync_events(serve(SyncBody(pieces())))
    stream = events.create()
    tracemalloc.start()
    try:
        read = sum(1 for _ in stream)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert read == count
    return peak


def test_memory_stays_flat_however_long_the_stream() -> None:
    short, long = peak_while_reading(2_000), peak_while_reading(40_000)
    # Twenty times the events, the same memory (what one piece and its events take), give or take.
    assert long < short * 1.5 + 50_000, (short, long)


# --- a real socket, for the tests above that need one ---------------------------------------------------


class _server:
    """A one-shot HTTP server on 127.0.0.1: answers one request with a chunked event stream that
    stops after ``partial`` and closes the connection."""

    def __init__(self, partial: bytes) -> None:
        self.partial = partial
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        return f"http://127.0.0.1:{self.listener.getsockname()[1]}/v1"

    def __exit__(self, *exc_info: object) -> None:
        self.listener.close()
        self.thread.join(5)

    def _serve(self) -> None:
        connection, _ = self.listener.accept()
        with connection:
            received = b""
            while b"\r\n\r\n" not in received:
                received += connection.recv(65536)
            head = b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n"
            chunk = b"%x\r\n%s\r\n" % (len(self.partial), self.partial)
            connection.sendall(head + chunk)
            time.sleep(0.05)
