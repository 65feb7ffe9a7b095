"""Server-sent events on the wire as the real API sends them: ``event: <type>`` then
``data: <compact JSON>`` and a blank line per event, ``text/event-stream; charset=utf-8``.

A stream fault armed for the request (``faults.STREAM_FAULT``) slows the events or hangs up
after some of them, with no end to the chunked body, as a dropped connection looks to a client.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterable
from typing import Any

from starlette.types import Receive, Scope, Send

from .faults import STREAM_FAULT, Fault, hang_up

__all__ = ["EventStream", "encode"]


def encode(event: dict[str, Any]) -> bytes:
    data = json.dumps(event, separators=(",", ":"), ensure_ascii=False)
    return f"event: {event['type']}\ndata: {data}\n\n".encode()


async def _each(events: Iterable[dict[str, Any]]) -> AsyncIterator[dict[str, Any]]:
    for event in events:
        yield event


class EventStream:
    """An ASGI answer streaming ``events`` (a list, or an async iterator for events that are
    still being made)."""

    def __init__(self, events: Iterable[dict[str, Any]] | AsyncIterator[dict[str, Any]]) -> None:
        self.events = events if isinstance(events, AsyncIterator) else _each(events)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        fault: Fault | None = scope.get(STREAM_FAULT)
        headers = [(b"content-type", b"text/event-stream; charset=utf-8"), (b"cache-control", b"no-cache")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        sent = 0
        async for event in self.events:
            if fault is not None:
                if fault.cut_after_events is not None and sent >= fault.cut_after_events:
                    hang_up(receive, send)
                    return
                if fault.event_delay_ms and sent:
                    await asyncio.sleep(fault.event_delay_ms / 1000)
            await send({"type": "http.response.body", "body": encode(event), "more_body": True})
            sent += 1
        await send({"type": "http.response.body", "body": b"", "more_body": False})
