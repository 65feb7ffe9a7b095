"""Case 4, auto-paging: iterate every file of a store, page after page, from the canned server.

Both SDKs fetch the first page once before the clock starts (imports and the connection are
then in place for both), and the timed part iterates the whole list from a new ``list`` call.
"""

from __future__ import annotations

from typing import Any

from ..measure import stopwatch
from ..payloads import API_KEY, STORE_ID
from ..results import Measurement, Row, median_of, paired_ratio
from ..runner import Bench
from ..server import serving
from .common import Side, sdk_sides, vs_openai_row

__all__ = ["SIDES", "run"]


def _iterate(client: Any, params: dict[str, Any]) -> Measurement:
    client.vector_stores.files.list(vector_store_id=STORE_ID, limit=params["page_size"])
    with stopwatch() as watch:
        count = sum(1 for _ in client.vector_stores.files.list(vector_store_id=STORE_ID, limit=params["page_size"]))
    return {"seconds": watch.seconds, "cpu_seconds": watch.cpu_seconds, "items": count}


def _httpx(params: dict[str, Any]) -> Measurement:
    import httpx2

    path = f"/vector_stores/{STORE_ID}/files"
    with httpx2.Client(base_url=params["base_url"], headers={"Authorization": f"Bearer {API_KEY}"}) as http:
        http.get(path, params={"limit": params["page_size"]}).json()
        with stopwatch() as watch:
            count = 0
            query: dict[str, Any] = {"limit": params["page_size"]}
            while True:
                response = http.get(path, params=query)
                response.raise_for_status()
                page = response.json()
                count += len(page["data"])
                if not page["has_more"] or not page["data"]:
                    break
                query = {"limit": params["page_size"], "after": page["data"][-1]["id"]}
    return {"seconds": watch.seconds, "cpu_seconds": watch.cpu_seconds, "items": count}


SIDES: dict[str, Side] = {**sdk_sides(_iterate), "httpx2": _httpx}


def run(bench: Bench) -> list[Row]:
    pages, page_size = (2, 100) if bench.quick else (100, 100)
    with serving(pages=pages, page_size=page_size) as base_url:
        params = {"base_url": base_url, "page_size": page_size}
        results = bench.alternate("paging", params, ("ours", "openai", "httpx2"), bench.reps(4))
        for side, runs in results.items():
            if any(run["items"] != pages * page_size for run in runs):
                raise AssertionError(f"{side} iterated {[run['items'] for run in runs]}, not {pages * page_size}")
        ours, theirs, raw = (median_of(results[side], "seconds") * 1000 for side in ("ours", "openai", "httpx2"))
        row = vs_openai_row(
            4,
            "4",
            f"Auto-paging: {pages * page_size:,} files over {pages} pages",
            "ms",
            ours,
            theirs,
            raw,
            0.6,
            ratio=paired_ratio(results, "ours", "openai"),
            short="auto-paging",
        )
        row.notes.append("raw httpx2 = the same GETs with the `after` cursor, decoded with `.json()`")
        bench.attach_profiles([row], lambda: bench.profile("paging", params))
    return [row]
