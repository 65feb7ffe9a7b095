"""Case 9, sync under the API's rate limits: ``vector_stores.sync`` of 10,000 small files into
an emulator started with ``--rate-limit files=R``, then again with no change, then with 1% of the
files changed.

The first sync is held to the time the limit itself imposes (uploads and listings spaced at R a
minute, less the one second the bucket holds) and may fail no file; the re-run may upload nothing
and list about 10,000/100 pages; the 1% re-run must upload exactly those files. openai has no
sync: its side is what an openai user runs instead, ``file_batches.upload_and_poll`` of the whole
folder, every time (so a re-run of it sends what the first run sent and doubles the store).
Requests are counted in the worker, on httpx2's transport, for both sides alike.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from ..measure import stopwatch
from ..results import Measurement, Row
from ..runner import Bench
from .common import Side, openai_client, ours_client

__all__ = ["SIDES", "run"]

MAX_SLOWDOWN = 1.2  # the first sync's time over the limit's
LIST_PAGE = 100


def _counting() -> dict[str, int]:
    """Count every request this process sends from now on (the worker runs one side only): all
    of them, the uploads that went through, the 429s, and the list pages. Counted where each SDK
    sends (both through httpx2), on the same terms."""
    import importlib

    counts = {"requests": 0, "uploads": 0, "limited": 0, "list_pages": 0}
    # Both SDKs send through httpx2's Client; reached untyped, since the counter replaces a method.
    client_class = importlib.import_module("httpx2").Client
    send = client_class.send

    def counted(client: Any, request: Any, **options: Any) -> Any:
        response = send(client, request, **options)
        counts["requests"] += 1
        counts["limited"] += response.status_code == 429
        if response.status_code < 400:
            counts["uploads"] += request.method == "POST" and request.url.path.endswith("/v1/files")
            counts["list_pages"] += request.method == "GET" and request.url.path.endswith("/files")
        return response

    client_class.send = counted
    return counts


def _ours(params: dict[str, Any]) -> Measurement:
    counts = _counting()
    with ours_client(params["base_url"]) as client:
        stores = client.vector_stores  # first-use imports stay out of the time (case 1 has them)
        with stopwatch() as watch:
            report = stores.sync(params["store_id"], params["folder"])
    uploaded = len(report.added) + len(report.updated)
    return {"seconds": watch.seconds, "failed": len(report.failed), "uploaded": uploaded, **counts}


def _openai(params: dict[str, Any]) -> Measurement:
    counts = _counting()
    files = sorted(Path(params["folder"]).iterdir())
    with openai_client(params["base_url"]) as client:
        batches = client.vector_stores.file_batches
        with stopwatch() as watch:
            try:
                batch = batches.upload_and_poll(params["store_id"], files=files)
                failed = batch.file_counts.failed + batch.file_counts.cancelled
            except Exception as error:  # a 429 past its retries ends the whole call: every file failed
                print(f"openai's upload_and_poll raised {error!r}", file=sys.stderr)
                failed = len(files)
    return {"seconds": watch.seconds, "failed": failed, "uploaded": counts["uploads"], **counts}


SIDES: dict[str, Side] = {"ours": _ours, "openai": _openai}


def run(bench: Bench) -> list[Row]:
    from vectorstores_emulator.launch import running

    from ..controls import Emulator, write_files

    count, per_minute = (200, 6000) if bench.quick else (10_000, 12_000)
    limits = ["--rate-limit", f"files={per_minute}", "--rate-limit", "attach=300"]
    with (
        tempfile.TemporaryDirectory(prefix="benchmarks-sync-") as scratch,
        running(*limits, "--processing-delay-ms", "100") as base_url,
    ):
        emulator = Emulator(base_url)
        try:
            paths = write_files(Path(scratch), count, 1024)
            emulator.reset()
            params = {"base_url": base_url, "folder": scratch, "store_id": emulator.create_store()}
            first = bench.run_worker("sync", "ours", params)
            again = bench.run_worker("sync", "ours", params)
            for path in paths[::LIST_PAGE]:  # 1% of the files change
                Path(path).write_bytes(Path(path).read_bytes() + b"changed\n")
            changed = bench.run_worker("sync", "ours", params)
            emulator.reset()
            theirs = bench.run_worker("sync", "openai", {**params, "store_id": emulator.create_store()})
        finally:
            emulator.close()
    if first["failed"] or again["uploaded"] or changed["uploaded"] != count // LIST_PAGE:
        raise AssertionError(f"sync went wrong: first {first}, unchanged {again}, 1% changed {changed}")
    return _rows(count, per_minute, first, again, changed, theirs)


def _rows(
    count: int, per_minute: int, first: Measurement, again: Measurement, changed: Measurement, theirs: Measurement
) -> list[Row]:
    rate = per_minute / 60
    # Every upload and the one page listing the account's files go through the files bucket,
    # which starts full with one second's worth.
    floor = (count + 1 - rate) / rate
    pages = count / LIST_PAGE
    common = f"emulator limited to {per_minute:,} /files requests a minute and 300 attaches a minute per store"
    rows = [
        Row(
            case=9,
            key="9a",
            title=f"Sync {count:,} files of 1 KB into an empty store, uploads limited to {per_minute:,} a minute",
            unit="s",
            ours=first["seconds"],
            openai=theirs["seconds"],
            raw=None,
            ratio=first["seconds"] / floor,
            ratio_name=f"ours / {floor:.1f} s the limit imposes",
            limit=MAX_SLOWDOWN,
            target=f"≤ {MAX_SLOWDOWN:g}, no file failed",
            ours_limit=floor * MAX_SLOWDOWN,
            short="sync: first run",
        ),
        Row(
            case=9,
            key="9b",
            title=f"Re-sync of the {count:,} files with no change: requests sent",
            unit="requests",
            ours=again["requests"],
            openai=theirs["requests"],
            raw=None,
            ratio=again["requests"] / (pages + 1),
            ratio_name=f"ours / {pages + 1:g} pages",
            limit=1.0,
            target=f"≤ {pages:g} store pages + 1 of files, nothing uploaded",
            ours_limit=pages + 1,
            short="sync: re-run, no change",
        ),
        Row(
            case=9,
            key="9c",
            title="Re-sync with 1% of the files changed: files uploaded",
            unit="files",
            ours=changed["uploaded"],
            openai=theirs["uploaded"],
            raw=None,
            ratio=changed["uploaded"] / (count / LIST_PAGE),
            ratio_name=f"ours / {count // LIST_PAGE} changed",
            limit=1.0,
            target="exactly the changed files",
            ours_limit=count / LIST_PAGE,
            short="sync: re-run, 1% changed",
        ),
    ]
    rows[0].notes.append(
        f"{common}; ours: {first['failed']:.0f} failed, {first['requests']:,.0f} requests of which "
        f"{first['limited']:,.0f} answered 429; openai's upload_and_poll (its way to fill a store; it has no sync): "
        f"{theirs['failed']:.0f} failed, {theirs['requests']:,.0f} requests of which {theirs['limited']:,.0f} 429s"
    )
    rows[1].notes.append(
        f"ours: {again['uploaded']:.0f} uploaded, {again['list_pages']:.0f} list pages (store and account); "
        "openai: a re-run is the same upload_and_poll again, every file uploaded and attached a second time"
    )
    rows[2].notes.append(f"ours: {changed['seconds']:.1f} s, {changed['requests']:,.0f} requests")
    return rows
