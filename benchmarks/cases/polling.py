"""Case 8, polling economy: ``vector_stores.files.create_and_poll`` of a file the emulator takes
3 s to process, hinting ``openai-poll-after-ms: 500``.

Before each run a new store and file are made and the emulator's request log is cleared; after
it, the log says how many requests the helper sent (attach and polls), counted by the server.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from ..measure import stopwatch
from ..results import Measurement, Row, median_of
from ..runner import Bench
from .common import Side, sdk_sides

__all__ = ["SIDES", "run"]


def _create_and_poll(client: Any, params: dict[str, Any]) -> Measurement:
    files = client.vector_stores.files  # first-use imports stay out of the time (case 1 has them)
    with stopwatch() as watch:
        done = files.create_and_poll(params["file_id"], vector_store_id=params["store_id"])
    return {"seconds": watch.seconds, "cpu_seconds": watch.cpu_seconds, "completed": float(done.status == "completed")}


SIDES: dict[str, Side] = sdk_sides(_create_and_poll)


def run(bench: Bench) -> list[Row]:
    from vectorstores_emulator.launch import running

    from ..controls import Emulator, write_files

    delay_ms, hint_ms = (300, 50) if bench.quick else (3000, 500)
    results: dict[str, list[Measurement]] = {"ours": [], "openai": []}
    with (
        tempfile.TemporaryDirectory(prefix="benchmarks-polling-") as scratch,
        running("--processing-delay-ms", str(delay_ms), "--poll-after-ms", str(hint_ms)) as base_url,
    ):
        emulator = Emulator(base_url)
        try:
            [path] = write_files(Path(scratch), 1, 2048)

            def fresh(side: str) -> dict[str, Any]:
                emulator.reset()
                params = {
                    "base_url": base_url,
                    "store_id": emulator.create_store(),
                    "file_id": emulator.upload(Path(path)),
                }
                emulator.clear_requests()  # only what the helper sends is counted
                return params

            for side in bench.schedule(("ours", "openai"), bench.reps(2)):
                measured = bench.run_worker("polling", side, fresh(side))
                if measured["completed"] != 1.0:
                    raise AssertionError(f"{side}: create_and_poll returned a file that is not completed")
                measured["requests"] = float(len(emulator.requests()))
                results[side].append(measured)
            rows = _rows(results, delay_ms, hint_ms)
            bench.attach_profiles(rows, lambda: bench.profile("polling", fresh("ours")))
        finally:
            emulator.close()
    return rows


def _rows(results: dict[str, list[Measurement]], delay_ms: int, hint_ms: int) -> list[Row]:
    requests = {side: median_of(runs, "requests") for side, runs in results.items()}
    wall = {side: median_of(runs, "seconds") for side, runs in results.items()}
    max_requests, max_wall = 8.0, delay_ms / 1000 * 1.2
    title = f"Polling: create_and_poll, done after {delay_ms / 1000:g} s, poll-after {hint_ms} ms"
    count = Row(
        case=8,
        key="8a",
        title=f"{title}: requests sent",
        unit="requests",
        ours=requests["ours"],
        openai=requests["openai"],
        raw=None,
        ratio=requests["ours"] / max_requests,
        ratio_name=f"ours / {max_requests:g}",
        limit=1.0,
        target=f"ours ≤ {max_requests:g}",
        ours_limit=max_requests,
        short="polling: requests",
    )
    elapsed = Row(
        case=8,
        key="8b",
        title=f"{title}: wall time",
        unit="s",
        ours=wall["ours"],
        openai=wall["openai"],
        raw=None,
        ratio=wall["ours"] / max_wall,
        ratio_name=f"ours / {max_wall:g} s",
        limit=1.0,
        target=f"ours ≤ {max_wall:g} s",
        ours_limit=max_wall,
        short="polling: wall time",
    )
    note = f"median of {len(results['ours'])} runs per side; requests counted by the emulator's request log"
    count.notes.append(note)
    elapsed.notes.append(note)
    return [count, elapsed]
