"""Replaying recorded responses to the SDK through ``httpx2.MockTransport``."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Sequence
from typing import Literal, TypeAlias

import httpx2
from vectorstores import AsyncOpenAI, OpenAI

from .operations import AnyClient
from .traffic import Interaction

__all__ = ["BASE_URL", "MODES", "Mode", "Replay", "recorded_response", "run"]

# The recordings' own base URL, so a sent URL compares with the recorded one as it is.
BASE_URL = "https://api.openai.com/v1"
API_KEY = "sk-conformance-test"
Mode: TypeAlias = Literal["sync", "async"]
MODES: tuple[Mode, ...] = ("sync", "async")
# These describe how the recorded bytes travelled (chunked, compressed), not the bytes replayed
# here; kept, they would make httpx2 misread the body.
_TRANSFER_HEADERS = frozenset({"content-length", "transfer-encoding", "content-encoding", "connection"})


def recorded_response(interaction: Interaction) -> httpx2.Response:
    """The recorded response, as the server sent it (headers included, "Sanitized" ones too)."""
    headers = [(name, value) for name, value in interaction.response_headers.items() if name not in _TRANSFER_HEADERS]
    return httpx2.Response(interaction.status, headers=headers, content=interaction.response_content)


class Replay:
    """A transport handler answering each request with the next recorded response, keeping the
    requests it received."""

    def __init__(self, interactions: Sequence[Interaction]) -> None:
        self._answers = list(interactions)
        self.requests: list[httpx2.Request] = []

    def handle(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        if not self._answers:
            # A status no test expects, so an extra request fails loudly rather than passing.
            return httpx2.Response(599, json={"error": {"message": "the recording has no more responses"}})
        return recorded_response(self._answers.pop(0))

    async def ahandle(self, request: httpx2.Request) -> httpx2.Response:
        return self.handle(request)


Then: TypeAlias = Callable[[object], object]


def run(mode: Mode, replay: Replay, call: Callable[[AnyClient], object], then: Then | None = None) -> object:
    """Make ``call`` on a fresh client of ``mode`` over ``replay`` (no retries), then ``then`` on
    its result; awaitables are awaited in async mode. Returns the last result."""
    if mode == "sync":
        transport = httpx2.MockTransport(replay.handle)
        with OpenAI(
            api_key=API_KEY, base_url=BASE_URL, max_retries=0, http_client=httpx2.Client(transport=transport)
        ) as client:
            result = call(client)
            return then(result) if then is not None else result
    return asyncio.run(_run_async(replay, call, then))


async def _run_async(replay: Replay, call: Callable[[AnyClient], object], then: Then | None) -> object:
    transport = httpx2.MockTransport(replay.ahandle)
    http = httpx2.AsyncClient(transport=transport)
    async with AsyncOpenAI(api_key=API_KEY, base_url=BASE_URL, max_retries=0, http_client=http) as client:
        result = call(client)
        if inspect.isawaitable(result):
            result = await result
        if then is not None:
            result = then(result)
            if inspect.isawaitable(result):
                result = await result
        return result
