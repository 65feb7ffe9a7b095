"""Case 6, batch ingestion: ``vector_stores.file_batches.upload_and_poll`` of many small files.

Against the emulator (in its own process) with latency added to every request, as a remote API
has it; before each run the emulator is reset and given a new store, so every run starts from
the same state. Measured twice: each SDK at its default concurrency, and both at 16.

Raw httpx2 sends the same requests the helpers send (uploads from a thread pool of our
concurrency, then one batch, then polls at the server's hint) with nothing around them: the
floor of that upload-then-attach strategy on this machine against this server.
"""

from __future__ import annotations

import functools
import inspect
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from ..measure import stopwatch
from ..payloads import API_KEY
from ..results import Measurement, Row, median_of, paired_ratio
from ..runner import Bench
from .common import Side, sdk_sides, vs_openai_row

__all__ = ["SIDES", "default_concurrency", "run"]

LATENCY_MS = 20
EQUAL_CONCURRENCY = 16
REPS = 5  # runs swing by ±20% on this shared machine; 3 left the medians at the mercy of one run


def _concurrency(params: dict[str, Any]) -> dict[str, Any]:
    given = params.get("max_concurrency")
    return {} if given is None else {"max_concurrency": given}


def _upload_and_poll(client: Any, params: dict[str, Any]) -> Measurement:
    files = [Path(path) for path in params["paths"]]
    batches = client.vector_stores.file_batches  # first-use imports stay out of the time (case 1 has them)
    with stopwatch() as watch:
        batch = batches.upload_and_poll(params["store_id"], files=files, **_concurrency(params))
    return {"seconds": watch.seconds, "cpu_seconds": watch.cpu_seconds, "completed": batch.file_counts.completed}


def _httpx(params: dict[str, Any]) -> Measurement:
    import httpx2

    files = [Path(path) for path in params["paths"]]
    store = params["store_id"]
    limits = httpx2.Limits(max_connections=100, max_keepalive_connections=100)  # as ours
    headers = {"Authorization": f"Bearer {API_KEY}"}
    with httpx2.Client(base_url=params["base_url"], headers=headers, limits=limits, timeout=60) as http:

        def upload(path: Path) -> str:
            with path.open("rb") as handle:
                sent = http.post("/files", data={"purpose": "assistants"}, files={"file": (path.name, handle)})
            return str(sent.raise_for_status().json()["id"])

        with stopwatch() as watch:
            with ThreadPoolExecutor(params["max_concurrency"] or params["ours_default"]) as pool:
                file_ids = list(pool.map(upload, files))
            batch = http.post(f"/vector_stores/{store}/file_batches", json={"file_ids": file_ids}).raise_for_status()
            while (body := batch.json())["status"] == "in_progress":
                time.sleep(int(batch.headers.get("openai-poll-after-ms", 1000)) / 1000)
                batch = http.get(f"/vector_stores/{store}/file_batches/{body['id']}").raise_for_status()
    return {"seconds": watch.seconds, "cpu_seconds": watch.cpu_seconds, "completed": body["file_counts"]["completed"]}


SIDES: dict[str, Side] = {**sdk_sides(_upload_and_poll), "httpx2": _httpx}


def default_concurrency() -> tuple[int, int]:
    """The ``max_concurrency`` each SDK's ``upload_and_poll`` uses when none is given (ours, openai)."""
    from openai.resources.vector_stores.file_batches import FileBatches as TheirBatches
    from vectorstores.resources.vector_stores import FileBatches as OurBatches

    def default(method: Any) -> int:
        return int(inspect.signature(method).parameters["max_concurrency"].default)

    return default(OurBatches.upload_and_poll), default(TheirBatches.upload_and_poll)


def run(bench: Bench) -> list[Row]:
    # The parent's own helpers: imported here so that no worker loads httpx2 or the emulator.
    from vectorstores_emulator.launch import running

    from ..controls import Emulator, write_files

    count, size = (4, 1024) if bench.quick else (500, 10 * 1024)
    rows = []
    with (
        tempfile.TemporaryDirectory(prefix="benchmarks-batch-") as scratch,
        running("--processing-delay-ms", "500") as base_url,
    ):
        emulator = Emulator(base_url)
        try:
            paths = write_files(Path(scratch), count, size)

            def fresh_store(side: str) -> dict[str, Any]:
                emulator.reset(LATENCY_MS)
                return {"store_id": emulator.create_store()}

            def profile_run(params: dict[str, Any]) -> str:
                return bench.profile("batch", {**params, **fresh_store("ours")})

            ours_default, their_default = default_concurrency()
            configurations = [
                ("6a", f"default concurrency (ours {ours_default}, openai {their_default})", None, 0.5),
                ("6b", f"both at max_concurrency={EQUAL_CONCURRENCY}", EQUAL_CONCURRENCY, 0.8),
            ]
            for key, label, concurrency, limit in configurations:
                params = {
                    "base_url": base_url,
                    "paths": paths,
                    "max_concurrency": concurrency,
                    "ours_default": ours_default,
                }
                sides = ("ours", "openai", "httpx2")
                results = bench.alternate("batch", params, sides, bench.reps(REPS), prepare=fresh_store)
                for side, runs in results.items():
                    if any(run["completed"] != count for run in runs):
                        raise AssertionError(f"{side}: {[run['completed'] for run in runs]} of {count} completed")
                ours, theirs, raw = (median_of(results[side], "seconds") for side in sides)
                row = vs_openai_row(
                    6,
                    key,
                    f"Batch ingestion: upload_and_poll of {count} files of {size // 1024} KB, {label}",
                    "s",
                    ours,
                    theirs,
                    raw,
                    limit,
                    ratio=paired_ratio(results, "ours", "openai"),
                    short=f"batch upload_and_poll, {label.split(' (')[0]}",
                )
                cpu = {side: median_of(runs, "cpu_seconds") for side, runs in results.items()}
                row.notes.append(
                    f"median of {len(results['ours'])} runs per side; emulator with {LATENCY_MS} ms added to every "
                    "request, 500 ms processing delay, reset and a new store before each run; raw httpx2 = the "
                    f"same requests at {concurrency or ours_default} concurrent uploads, one batch, polls at the "
                    f"server's hint; floor ratio httpx2 / openai {paired_ratio(results, 'httpx2', 'openai'):.2f}; "
                    f"CPU time of the client process: ours {cpu['ours']:.2f} s, openai {cpu['openai']:.2f} s, "
                    f"httpx2 {cpu['httpx2']:.2f} s"
                )
                bench.attach_profiles([row], functools.partial(profile_run, params))
                rows.append(row)
        finally:
            emulator.close()
    return rows
