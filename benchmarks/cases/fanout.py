"""Case 7, async fan-out: many concurrent ``vector_stores.retrieve`` calls on one async client.

One call before the clock starts loads what the first call loads; the timed part is a single
``asyncio.gather`` of every call, connections opened on the way included, since how a client
opens and pools connections under a burst is part of what fan-out costs. Each SDK keeps its own
connection limits (ours 100, openai 1,000); raw httpx2 runs with httpx2's defaults (100).
"""

from __future__ import annotations

import asyncio
from typing import Any

from ..measure import stopwatch
from ..payloads import API_KEY, STORE_ID
from ..results import Measurement, Row, median_of, paired_ratio
from ..runner import Bench
from ..server import serving
from .common import Side, async_sdk_sides, vs_openai_row

__all__ = ["SIDES", "run"]


async def _fan_out(client: Any, params: dict[str, Any]) -> Measurement:
    await client.vector_stores.retrieve(STORE_ID)
    with stopwatch() as watch:
        done = await asyncio.gather(*(client.vector_stores.retrieve(STORE_ID) for _ in range(params["calls"])))
    return {"seconds": watch.seconds, "cpu_seconds": watch.cpu_seconds, "calls": len(done)}


async def _httpx_async(params: dict[str, Any]) -> Measurement:
    import httpx2

    path = f"/vector_stores/{STORE_ID}"

    async def one(http: httpx2.AsyncClient) -> Any:
        response = await http.get(path)
        response.raise_for_status()
        return response.json()

    async with httpx2.AsyncClient(
        base_url=params["base_url"], headers={"Authorization": f"Bearer {API_KEY}"}, timeout=600
    ) as http:
        await one(http)
        with stopwatch() as watch:
            done = await asyncio.gather(*(one(http) for _ in range(params["calls"])))
    return {"seconds": watch.seconds, "cpu_seconds": watch.cpu_seconds, "calls": len(done)}


SIDES: dict[str, Side] = {
    **async_sdk_sides(_fan_out),
    "httpx2": lambda params: asyncio.run(_httpx_async(params)),
}


def run(bench: Bench) -> list[Row]:
    calls = 20 if bench.quick else 1000
    with serving() as base_url:
        params = {"base_url": base_url, "calls": calls}
        results = bench.alternate("fanout", params, ("ours", "openai", "httpx2"), bench.reps(4))
        ours, theirs, raw = (median_of(results[side], "seconds") * 1000 for side in ("ours", "openai", "httpx2"))
        row = vs_openai_row(
            7,
            "7",
            f"Async fan-out: {calls:,} concurrent retrieve calls",
            "ms",
            ours,
            theirs,
            raw,
            0.6,
            ratio=paired_ratio(results, "ours", "openai"),
            short=f"async fan-out, {calls:,} retrieves",
        )
        row.notes.append(
            f"median of {len(results['ours'])} runs per side; raw httpx2 = `httpx2.AsyncClient` at its default limits"
        )
        bench.attach_profiles([row], lambda: bench.profile("fanout", params))
    return [row]
