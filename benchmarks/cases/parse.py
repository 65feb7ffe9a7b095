"""Case 3, parse: a 100-item ``vector_stores.files.list`` page and a 50-result search page, from
the bytes of the body to the objects each SDK hands its users, many times over.

Each side runs what its SDK runs on a response body: ``json.loads`` (what ``response.json()``
does), then ours the generated ``from_dict`` wrapped in our page class, openai
``construct_type`` into its page type, which is what ``_process_response_data`` calls when
``_strict_response_validation`` is off (its default). Raw is ``json.loads`` alone.
"""

from __future__ import annotations

import json
from typing import Any

from ..measure import stopwatch
from ..payloads import files_page, search_page
from ..results import Measurement, Row, median_of, paired_ratio
from ..runner import Bench
from .common import Side, vs_openai_row

__all__ = ["SIDES", "run"]


def _bodies(params: dict[str, Any]) -> tuple[bytes, bytes]:
    return files_page(0, params["items"], 1), search_page(params["results"])


def _ours(params: dict[str, Any]) -> Measurement:
    from vectorstores import SyncCursorPage, SyncPage
    from vectorstores_raw.models.list_vector_store_files_response import ListVectorStoreFilesResponse
    from vectorstores_raw.models.vector_store_search_results_page import VectorStoreSearchResultsPage

    files_body, search_body = _bodies(params)

    def never(_: dict[str, Any]) -> Any:
        raise AssertionError("the parse case fetches no page")

    count = 0
    with stopwatch() as watch:
        for _ in range(params["iterations"]):
            files: SyncCursorPage[Any] = SyncCursorPage(
                ListVectorStoreFilesResponse.from_dict(json.loads(files_body)), never, {}
            )
            hits: SyncPage[Any] = SyncPage(VectorStoreSearchResultsPage.from_dict(json.loads(search_body)))
            count += len(files.data) + len(hits.data)
    return {"seconds": watch.seconds, "cpu_seconds": watch.cpu_seconds, "objects": count}


def _openai(params: dict[str, Any]) -> Measurement:
    from openai._models import construct_type
    from openai.pagination import SyncCursorPage, SyncPage
    from openai.types.vector_store_search_response import VectorStoreSearchResponse
    from openai.types.vector_stores import VectorStoreFile

    files_body, search_body = _bodies(params)
    files_type = SyncCursorPage[VectorStoreFile]
    search_type = SyncPage[VectorStoreSearchResponse]
    count = 0
    with stopwatch() as watch:
        for _ in range(params["iterations"]):
            files = construct_type(type_=files_type, value=json.loads(files_body))
            hits = construct_type(type_=search_type, value=json.loads(search_body))
            count += len(files.data) + len(hits.data)  # type: ignore[attr-defined]
    return {"seconds": watch.seconds, "cpu_seconds": watch.cpu_seconds, "objects": count}


def _raw(params: dict[str, Any]) -> Measurement:
    files_body, search_body = _bodies(params)
    count = 0
    with stopwatch() as watch:
        for _ in range(params["iterations"]):
            count += len(json.loads(files_body)["data"]) + len(json.loads(search_body)["data"])
    return {"seconds": watch.seconds, "cpu_seconds": watch.cpu_seconds, "objects": count}


SIDES: dict[str, Side] = {"ours": _ours, "openai": _openai, "httpx2": _raw}


def run(bench: Bench) -> list[Row]:
    iterations = 20 if bench.quick else 2000
    params = {"iterations": iterations, "items": 100, "results": 50}
    results = bench.alternate("parse", params, ("ours", "openai", "httpx2"), bench.reps(2))
    ours, theirs, raw = (
        median_of(results[side], "seconds") / iterations * 1e6 for side in ("ours", "openai", "httpx2")
    )
    row = vs_openai_row(
        3,
        "3",
        f"Parse a 100-file page + a 50-result search page ({iterations:,} times)",
        "µs/pair",
        ours,
        theirs,
        raw,
        0.5,
        ratio=paired_ratio(results, "ours", "openai"),
        short="parse two pages",
    )
    row.notes.append("raw = `json.loads` of both bodies alone; the SDKs' times include it")
    bench.attach_profiles([row], lambda: bench.profile("parse", params))
    return [row]
