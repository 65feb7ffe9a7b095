"""Stream and AsyncStream: server-sent events decoded as they arrive, parsed, and the connection
given back however the stream ends."""

from __future__ import annotations

import gc
import json
from typing import Any

import anyio
import httpx2
import pytest
from vectorstores import APIConnectionError, APIError, BadRequestError, InternalServerError
from vectorstores._resource import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from vectorstores._streaming import SSEDecoder

from .streams import (
    SSE_HEADERS,
    AsyncBody,
    Event,
    SyncBody,
    async_events,
    chunked,
    deltas,
    sse,
    sync_events,
)

# --- the decoder ----------------------------------------------------------------------------------


def decode(body: bytes, size: int | None = None) -> list[tuple[str | None, str, str | None, int | None]]:
    decoder = SSEDecoder()
    events = []
    for piece in chunked(body, size or len(body) or 1):
        events.extend(decoder.feed(piece))
    events.extend(decoder.finish())
    return [(e.event, e.data, e.id, e.retry) for e in events]


BODY = (
    b": a comment, ignored\n"
    b"event: first\n"
    b"id: 7\n"
    b"data: line one\n"
    b"data:line two\n"
    b"data\n"
    b"unknown: field\n"
    b"\n"
    b"retry: 1500\n"
    b'data: {"a": 1}\n'
    b"\n"
    b"id: bad\x00id\n"
    b"retry: soon\n"
    b"event: no data, so no event\n"
    b"\n"
    b"data: last, without a blank line"
)
EXPECTED = [
    ("first", "line one\nline two\n", "7", None),
    (None, '{"a": 1}', "7", 1500),  # the id stays until another one is set
    (None, "last, without a blank line", "7", None),
]


@pytest.mark.parametrize("ending", [b"\n", b"\r\n", b"\r"])
def test_decoder_reads_every_field_with_any_line_ending(ending: bytes) -> None:
    assert decode(BODY.replace(b"\n", ending)) == EXPECTED


@pytest.mark.parametrize("ending", [b"\n", b"\r\n", b"\r"])
def test_decoder_gives_the_same_events_however_the_body_is_cut(ending: bytes) -> None:
    body = BODY.replace(b"\n", ending)
    for size in (1, 2, 3, 5, 7, 64):
        assert decode(body, size) == EXPECTED, size


def test_decoder_keeps_utf8_split_between_pieces() -> None:
    body = 'data: {"text": "héllo ✓"}\n\n'.encode()
    assert decode(body, 1) == [(None, '{"text": "héllo ✓"}', None, None)]


def test_decoder_dispatches_nothing_for_blank_lines_and_comments() -> None:
    assert decode(b"\n\n\n: ping\n\n:\n\n") == []


# --- reading a stream through a resource -----------------------------------------------------------

EVENTS = [{"type": "response.created", "sequence_number": 0}, *deltas(3), {"type": "response.completed"}]


def serve(body: SyncBody) -> Any:
    return lambda request: httpx2.Response(200, headers=SSE_HEADERS, stream=body)


def test_events_are_parsed_in_order_and_the_connection_closed_when_exhausted() -> None:
    body = SyncBody(chunked(sse(*EVENTS), 10))
    events, sent = sync_events(serve(body))
    stream = events.create()
    assert not body.closed  # nothing read before the first event is asked for
    got = list(stream)
    assert [e.data for e in got] == EVENTS
    assert all(isinstance(e, Event) for e in got)
    assert body.closed and stream.response.is_closed
    assert json.loads(sent[0].content) == {"stream": True}


def test_a_loop_broken_off_in_a_with_block_closes_the_connection() -> None:
    body = SyncBody(sse(*EVENTS) for _ in range(1000))
    events, _ = sync_events(serve(body))
    with events.create() as stream:
        for event in stream:
            if event.type == "response.output_text.delta":
                break
    assert body.closed and stream.response.is_closed
    assert body.served == 1


def test_a_stream_dropped_unfinished_is_closed_when_collected() -> None:
    body = SyncBody(sse(*EVENTS) for _ in range(1000))
    events, _ = sync_events(serve(body))
    stream = events.create()
    next(stream)
    response = stream.response
    del stream
    gc.collect()
    assert body.closed and response.is_closed


def test_an_unread_stream_is_closed_when_collected() -> None:
    body = SyncBody([sse(*EVENTS)])
    events, _ = sync_events(serve(body))
    response = events.create().response
    gc.collect()
    assert response.is_closed


def test_done_marker_ends_the_stream() -> None:
    body = SyncBody([sse(EVENTS[0]), b"data: [DONE]\n\n", sse(EVENTS[1])])
    events, _ = sync_events(serve(body))
    assert [e.data for e in events.create()] == [EVENTS[0]]
    assert body.closed


@pytest.mark.parametrize(
    ("block", "message"),
    [
        (b'event: error\ndata: {"error": {"message": "overloaded", "code": "server_error"}}\n\n', "overloaded"),
        (b'data: {"type": "error", "message": "bad tool", "code": "invalid", "param": "tools"}\n\n', "bad tool"),
        (b'data: {"type": "error"}\n\n', "An error occurred during streaming"),
    ],
)
def test_an_error_event_raises_api_error_and_closes(block: bytes, message: str) -> None:
    body = SyncBody([sse(EVENTS[0]), block, sse(EVENTS[1])])
    events, _ = sync_events(serve(body))
    stream = events.create()
    assert next(stream).data == EVENTS[0]
    with pytest.raises(APIError) as caught:
        next(stream)
    assert caught.value.message == message
    assert caught.value.request is not None
    assert body.closed


def test_an_error_event_keeps_code_and_param() -> None:
    block = b'data: {"type": "error", "message": "m", "code": "invalid", "param": "tools", "sequence_number": 1}\n\n'
    events, _ = sync_events(serve(SyncBody([block])))
    with pytest.raises(APIError) as caught:
        list(events.create())
    assert (caught.value.code, caught.value.param) == ("invalid", "tools")


def test_http_errors_are_retried_then_raised_typed_with_the_body_read() -> None:
    envelope = {"error": {"message": "bad input", "type": "invalid_request_error", "param": "input", "code": None}}
    answers = iter([httpx2.Response(500, json={"error": {"message": "boom"}}), httpx2.Response(400, json=envelope)])
    events, sent = sync_events(lambda request: next(answers))
    with pytest.raises(BadRequestError) as caught:
        events.create()
    assert len(sent) == 2
    assert caught.value.param == "input"
    assert "bad input" in caught.value.message


def test_server_errors_run_out_of_retries() -> None:
    events, sent = sync_events(lambda request: httpx2.Response(503, json={"error": {"message": "busy"}}))
    with pytest.raises(InternalServerError):
        events.create()
    assert len(sent) == 3  # the first try and the client's two retries


def test_a_failure_before_the_first_byte_is_retried_and_none_after() -> None:
    calls = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        calls.append(request)
        if len(calls) == 1:
            raise httpx2.ConnectError("refused")
        return httpx2.Response(200, headers=SSE_HEADERS, stream=SyncBody([sse(EVENTS[0])], httpx2.ReadError("reset")))

    events, _ = sync_events(answer)
    stream = events.create()
    assert next(stream).data == EVENTS[0]
    with pytest.raises(APIConnectionError):
        next(stream)
    assert len(calls) == 2


def test_raw_view_answers_with_the_response_whose_parse_gives_the_stream() -> None:
    body = SyncBody([sse(*EVENTS)])
    events, _ = sync_events(serve(body))
    raw = to_raw_response_wrapper(events.create)()
    assert raw.status_code == 200 and raw.headers["content-type"] == "text/event-stream"
    assert not body.closed
    with raw.parse() as stream:
        assert [e.data for e in stream] == EVENTS


def test_streaming_view_gives_the_stream_unread_and_closes_it_after_the_block() -> None:
    body = SyncBody(sse(*EVENTS) for _ in range(1000))
    events, _ = sync_events(serve(body))
    with to_streamed_response_wrapper(events.create)() as response:
        stream = response.parse()
        assert next(stream).data == EVENTS[0]
    assert body.closed and body.served == 1


# --- async, on asyncio and trio ---------------------------------------------------------------------


def aserve(body: AsyncBody) -> Any:
    return lambda request: httpx2.Response(200, headers=SSE_HEADERS, stream=body)


@pytest.mark.anyio
async def test_async_events_are_parsed_and_the_connection_closed() -> None:
    body = AsyncBody(chunked(sse(*EVENTS), 7))
    events, _ = async_events(aserve(body))
    stream = await events.create()
    got = [event.data async for event in stream]
    assert got == EVENTS
    assert body.closed and stream.response.is_closed


@pytest.mark.anyio
async def test_async_break_in_a_with_block_closes() -> None:
    body = AsyncBody(sse(*EVENTS) for _ in range(1000))
    events, _ = async_events(aserve(body))
    async with await events.create() as stream:
        async for _event in stream:
            break
    assert body.closed and body.served == 1


@pytest.mark.anyio
async def test_async_stream_dropped_unfinished_is_closed_in_its_loop() -> None:
    body = AsyncBody(sse(*EVENTS) for _ in range(1000))
    events, _ = async_events(aserve(body))
    stream = await events.create()
    await stream.__anext__()
    response = stream.response
    del stream
    gc.collect()
    for _ in range(5):  # the close is scheduled in the loop, not run inside the collector
        await anyio.sleep(0)
    assert body.closed and response.is_closed


@pytest.mark.anyio
async def test_async_error_event_raises_and_closes() -> None:
    body = AsyncBody([sse(EVENTS[0]), b'data: {"type": "error", "message": "bad tool"}\n\n'])
    events, _ = async_events(aserve(body))
    stream = await events.create()
    with pytest.raises(APIError, match="bad tool"):
        async for _event in stream:
            pass
    assert body.closed


@pytest.mark.anyio
async def test_async_views() -> None:
    body = AsyncBody([sse(*EVENTS)])
    events, _ = async_events(aserve(body))
    raw = await async_to_raw_response_wrapper(events.create)()
    stream = raw.parse()
    assert [e.data async for e in stream] == EVENTS

    body = AsyncBody(sse(*EVENTS) for _ in range(1000))
    events, _ = async_events(aserve(body))
    async with async_to_streamed_response_wrapper(events.create)() as response:
        stream = await response.parse()
        assert (await stream.__anext__()).data == EVENTS[0]
    assert body.closed and body.served == 1


@pytest.mark.anyio
async def test_async_http_error_is_typed() -> None:
    events, sent = async_events(lambda request: httpx2.Response(400, json={"error": {"message": "no"}}))
    with pytest.raises(BadRequestError, match="no"):
        await events.create()
    assert len(sent) == 1
