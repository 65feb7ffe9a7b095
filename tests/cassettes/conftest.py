"""Scenario tests replayed from recorded cassettes, and the switch that records them.

By default every scenario replays its cassette with no network (``record_mode="none"``; the
client points at a host that does not exist). ``make record`` sets ``VECTORSTORES_RECORD=1``:
missing cassettes are then recorded against an emulator started on a free loopback port, or,
with ``LIVE=1``, against ``OPENAI_BASE_URL`` (default the real API) with ``OPENAI_API_KEY``.

Each scenario is one flow written once and run twice, through ``OpenAI`` and ``AsyncOpenAI``,
each with a cassette of its own (``<scenario>-sync.yaml``, ``<scenario>-async.yaml``).
"""

from __future__ import annotations

import asyncio
import inspect
import os
import secrets
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from vectorstores import AsyncOpenAI, OpenAI
from vectorstores.testing import InstantClock, make_vcr
from vectorstores_emulator.launch import running

COMMITTED = Path(__file__).parent / "recorded"
# `make check-recordings` records every scenario into a scratch folder, to compare with COMMITTED.
CASSETTES = Path(os.environ.get("VECTORSTORES_CASSETTES") or COMMITTED)
RECORDING = os.environ.get("VECTORSTORES_RECORD") == "1"
LIVE = os.environ.get("LIVE") == "1"
REPLAY_URL = "http://recorded.invalid/v1"  # never resolved: vcrpy answers every request


@dataclass(frozen=True)
class Target:
    base_url: str
    api_key: str


@pytest.fixture(scope="session")
def target() -> Iterator[Target]:
    """Where requests go: nowhere when replaying; the emulator or a live API when recording."""
    if not RECORDING:
        yield Target(REPLAY_URL, "sk-replay-" + "0" * 16)
    elif LIVE:
        key = os.environ.get("OPENAI_API_KEY")
        if not key:
            pytest.exit("LIVE=1 make record needs OPENAI_API_KEY", returncode=2)
        yield Target(os.environ.get("OPENAI_BASE_URL", "https://api.openai.com/v1"), key)
    else:
        key = "sk-record-" + secrets.token_hex(12)  # scrubbed from cassettes like any key
        # Seeded, so a run repeats exactly; its clock moves a second per request, so processing
        # ends on the second request after a file is attached, however busy the machine is.
        # No poll hint, as the real API sends none: cassettes carry only headers it sends.
        with running("--api-key", key, "--seed", "1", "--processing-delay-ms", "2000") as base_url:
            yield Target(base_url, key)


class Api:
    """The calls of one scenario, made through a sync or an async client alike: ``await
    api(lambda c: c.vector_stores.create(...))`` returns the result either way."""

    def __init__(self, client: OpenAI | AsyncOpenAI) -> None:
        self.client = client
        self.is_async = isinstance(client, AsyncOpenAI)

    async def __call__(self, call: Callable[..., Any]) -> Any:
        result = call(self.client)
        return await result if inspect.isawaitable(result) else result

    async def all(self, call: Callable[..., Any]) -> list[Any]:
        """Every item of a paginated call, walking its pages (``async for`` on the async client)."""
        result = call(self.client)
        if hasattr(result, "__aiter__"):
            return [item async for item in result]
        return list(result)

    async def pause(self, seconds: float) -> None:
        """Give the server time while recording; replay has nothing to wait for."""
        if RECORDING:
            await asyncio.sleep(seconds)


Flow = Callable[[Api], Awaitable[None]]


@dataclass
class Scenario:
    target: Target

    def run(self, name: str, mode: str, flow: Flow) -> None:
        """Run ``flow`` inside the cassette ``<name>-<mode>.yaml``."""
        recorder = make_vcr(CASSETTES, record_mode="once" if RECORDING else "none")
        with recorder.use_cassette(f"{name}-{mode}.yaml"):
            asyncio.run(self._run(mode, flow))

    async def _run(self, mode: str, flow: Flow) -> None:
        options: dict[str, Any] = {"api_key": self.target.api_key, "base_url": self.target.base_url, "max_retries": 0}
        if not RECORDING:
            options["_clock"] = InstantClock()  # replayed polls answer at once; nothing to wait for
        if mode == "async":
            async with AsyncOpenAI(**options) as client:
                await flow(Api(client))
        else:
            with OpenAI(**options) as client:
                await flow(Api(client))


@pytest.fixture
def scenario(target: Target) -> Scenario:
    return Scenario(target)


MODES = pytest.mark.parametrize("mode", ["sync", "async"])
