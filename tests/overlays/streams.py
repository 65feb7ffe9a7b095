"""What the stream tests share: SSE bodies served through MockTransport, a small resource whose
one operation answers with events, and a stand-in for the generated event parser."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx2
from vectorstores import AsyncOpenAI, AsyncStream, OpenAI, Stream
from vectorstores._resource import AsyncAPIResource, SyncAPIResource
from vectorstores_raw.client import RequestOptions

from .conftest import API_KEY, BASE_URL, FakeClock

SSE_HEADERS = {"content-type": "text/event-stream"}


@dataclass
class Event:
    """A parsed event: the hand-made stand-in for the generated event union."""

    type: str
    data: dict[str, Any]


def parse_event(data: Any) -> Event:
    return Event(str(data.get("type")), data)


def sse(*events: dict[str, Any], named: bool = True) -> bytes:
    """``event:``/``data:`` blocks for ``events``, as the Responses API sends them."""
    blocks = []
    for event in events:
        head = f"event: {event['type']}\n" if named else ""
        blocks.append(f"{head}data: {json.dumps(event)}\n\n")
    return "".join(blocks).encode()


def deltas(count: int, text: str = "x") -> list[dict[str, Any]]:
    return [{"type": "response.output_text.delta", "delta": text, "sequence_number": n} for n in range(count)]


def chunked(body: bytes, size: int) -> list[bytes]:
    return [body[i : i + size] for i in range(0, len(body), size)]


class SyncBody(httpx2.SyncByteStream):
    """A response body handed out piece by piece; ``fail`` is raised after the pieces; ``closed``
    tells whether the SDK closed it."""

    def __init__(self, pieces: Iterable[bytes], fail: Exception | None = None) -> None:
        self.pieces = pieces
        self.fail = fail
        self.closed = False
        self.served = 0

    def __iter__(self) -> Iterator[bytes]:
        for piece in self.pieces:
            self.served += 1
            yield piece
        if self.fail is not None:
            raise self.fail

    def close(self) -> None:
        self.closed = True


class AsyncBody(httpx2.AsyncByteStream):
    """The async twin of ``SyncBody``."""

    def __init__(self, pieces: Iterable[bytes], fail: Exception | None = None) -> None:
        self.pieces = pieces
        self.fail = fail
        self.closed = False
        self.served = 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self.pieces:
            self.served += 1
            yield piece
        if self.fail is not None:
            raise self.fail

    async def aclose(self) -> None:
        self.closed = True


class Events(SyncAPIResource):
    """A resource with one streamed operation, as the generated ones call ``_send_stream``."""

    def create(self) -> Stream[Event]:
        return self._send_stream(RequestOptions(method="POST", url="/responses", json={"stream": True}), parse_event)


class AsyncEvents(AsyncAPIResource):
    async def create(self) -> AsyncStream[Event]:
        return await self._send_stream(
            RequestOptions(method="POST", url="/responses", json={"stream": True}), parse_event
        )


Answer = Callable[[httpx2.Request], httpx2.Response]


def sync_events(answer: Answer, **options: Any) -> tuple[Events, list[httpx2.Request]]:
    """The test resource on a client whose every request ``answer`` answers; and the requests."""
    sent: list[httpx2.Request] = []

    def handle(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        return answer(request)

    http = httpx2.Client(transport=httpx2.MockTransport(handle))
    client = OpenAI(api_key=API_KEY, base_url=BASE_URL, http_client=http, _clock=FakeClock(), **options)
    return Events(client), sent


def async_events(answer: Answer, **options: Any) -> tuple[AsyncEvents, list[httpx2.Request]]:
    sent: list[httpx2.Request] = []

    async def handle(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        return answer(request)

    http = httpx2.AsyncClient(transport=httpx2.MockTransport(handle))
    client = AsyncOpenAI(api_key=API_KEY, base_url=BASE_URL, http_client=http, _clock=FakeClock(), **options)
    return AsyncEvents(client), sent
