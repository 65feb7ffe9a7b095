"""The sync and async drivers run the same flow the same way: results in, errors thrown in,
clean-up steps after an error, the flow's return value out."""

from __future__ import annotations

from typing import Any

import pytest
from vectorstores._flow import Flow, run_async, run_sync


class Boom(Exception):
    pass


def flow(log: list[str]) -> Flow[str]:
    first = yield lambda r: r.call("first")
    try:
        yield lambda r: r.call("fails")
    except Boom:
        yield lambda r: r.call("clean-up")
        log.append(f"caught after {first}")
        raise
    return "unreachable"


class SyncResource:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def call(self, name: str) -> str:
        self.calls.append(name)
        if name == "fails":
            raise Boom(name)
        return name.upper()


class AsyncResource(SyncResource):
    async def call(self, name: str) -> str:  # type: ignore[override]
        return SyncResource.call(self, name)


@pytest.mark.anyio
async def test_sync_and_async_drivers_behave_alike() -> None:
    outcomes: list[Any] = []
    for run in ("sync", "async"):
        log: list[str] = []
        resource = SyncResource() if run == "sync" else AsyncResource()
        with pytest.raises(Boom):
            if run == "sync":
                run_sync(flow(log), resource)
            else:
                await run_async(flow(log), resource)
        outcomes.append((resource.calls, log))
    assert outcomes[0] == outcomes[1] == (["first", "fails", "clean-up"], ["caught after FIRST"])


@pytest.mark.anyio
async def test_return_value_comes_out() -> None:
    def simple() -> Flow[int]:
        a = yield lambda r: 2
        b = yield lambda r: a * 3
        return int(b) + 1

    assert run_sync(simple(), None) == 7

    async def two(_: Any) -> int:
        return 2

    def awaited() -> Flow[int]:
        value = yield two
        return int(value) * 10

    assert await run_async(awaited(), None) == 20
