"""Case 2, per-call overhead: sequential ``vector_stores.retrieve`` calls to the canned server.

Raw httpx2 is the floor: the same GET with the same client library our SDK uses, decoded with
``response.json()``; what an SDK spends above it is its overhead.
"""

from __future__ import annotations

from typing import Any

from ..measure import stopwatch
from ..payloads import API_KEY, STORE_ID
from ..results import Measurement, Row, median_of, paired, paired_ratio
from ..runner import Bench
from ..server import serving
from .common import Side, sdk_sides

__all__ = ["SIDES", "run"]

# The gap measured is tens of microseconds on a ~0.5 ms round trip, and one disturbed run on this
# shared machine moves a repetition's ratio by more than that: six repetitions gave 0.00-0.26.
REPS = 12


def _retrieve(client: Any, params: dict[str, Any]) -> Measurement:
    for _ in range(params["warmup"]):
        client.vector_stores.retrieve(STORE_ID)
    with stopwatch() as watch:
        for _ in range(params["calls"]):
            client.vector_stores.retrieve(STORE_ID)
    return {"seconds": watch.seconds, "cpu_seconds": watch.cpu_seconds}


def _httpx(params: dict[str, Any]) -> Measurement:
    import httpx2

    path = f"/vector_stores/{STORE_ID}"
    with httpx2.Client(base_url=params["base_url"], headers={"Authorization": f"Bearer {API_KEY}"}) as http:
        for _ in range(params["warmup"]):
            http.get(path).json()
        with stopwatch() as watch:
            for _ in range(params["calls"]):
                response = http.get(path)
                response.raise_for_status()
                response.json()
    return {"seconds": watch.seconds, "cpu_seconds": watch.cpu_seconds}


SIDES: dict[str, Side] = {**sdk_sides(_retrieve), "httpx2": _httpx}


def _overhead_ratio(runs: dict[str, Measurement]) -> float:
    """(ours - httpx2) / (openai - httpx2) in one repetition; unbounded when openai was no slower
    than httpx2 (possible only at quick sizes), as there is then no overhead to compare with."""
    ours, theirs, raw = (runs[side]["seconds"] for side in ("ours", "openai", "httpx2"))
    return (ours - raw) / (theirs - raw) if theirs > raw else float("inf")


def run(bench: Bench) -> list[Row]:
    calls = 50 if bench.quick else 3000
    with serving() as base_url:
        params = {"base_url": base_url, "calls": calls, "warmup": 5 if bench.quick else 50}
        results = bench.alternate("per_call", params, ("ours", "openai", "httpx2"), bench.reps(REPS))
        # Per call, in microseconds.
        ours, theirs, raw = (median_of(results[side], "seconds") / calls * 1e6 for side in ("ours", "openai", "httpx2"))
        overhead = Row(
            case=2,
            key="2a",
            title=f"Per-call overhead over raw httpx2 ({calls:,} retrieve calls)",
            unit="µs/call",
            ours=ours,
            openai=theirs,
            raw=raw,
            ratio=paired(results, _overhead_ratio),
            ratio_name="(ours - httpx2) / (openai - httpx2)",
            limit=0.25,
            target="≤ 0.25",
            ours_limit=raw + 0.25 * (theirs - raw),
            short="per-call overhead over httpx2",
        )
        total = Row(
            case=2,
            key="2b",
            title=f"Per-call total against raw httpx2 ({calls:,} retrieve calls)",
            unit="µs/call",
            ours=ours,
            openai=theirs,
            raw=raw,
            ratio=paired_ratio(results, "ours", "httpx2"),
            ratio_name="ours / httpx2",
            limit=1.15,
            target="≤ 1.15",
            ours_limit=1.15 * raw,
            short="per-call total vs httpx2",
        )
        cpu = {side: median_of(runs, "cpu_seconds") / calls * 1e6 for side, runs in results.items()}
        note = (
            f"median of {len(results['ours'])} runs per side; each SDK at its defaults (retries on); "
            "raw httpx2 = `httpx2.Client.get` + `raise_for_status()` + `.json()` on one keep-alive connection; "
            f"CPU time of the client process per call: ours {cpu['ours']:.0f} µs, openai {cpu['openai']:.0f} µs, "
            f"httpx2 {cpu['httpx2']:.0f} µs"
        )
        overhead.notes.append(note)
        total.notes.append(note)
        rows = [overhead, total]
        bench.attach_profiles(rows, lambda: bench.profile("per_call", params))
    return rows
