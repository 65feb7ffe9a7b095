"""Case 5, upload memory and speed: ``files.create`` of a large file given as a path.

The canned server counts the body and drops it, so neither disk nor server work is in the time.
The file is written once, before any run, into a temporary directory, and removed at the end;
every run reads it from the page cache alike. Raw httpx2 is the floor for throughput: a multipart
POST with the open file handed to httpx2, which streams it in chunks.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from ..measure import peak_rss_mb, stopwatch
from ..payloads import API_KEY
from ..results import Measurement, Row, median_of, paired_ratio
from ..runner import Bench
from ..server import serving
from .common import Side, sdk_sides

__all__ = ["SIDES", "run", "write_file"]

_CHUNK = 8 * 1024 * 1024
# A tiny upload before the clock starts, for every side: connection, lazily built clients and
# lazily imported modules are then in place, and the time is the streaming alone.
_WARM_UP = ("warm-up.txt", b"warm up")
_LINE = b"vector stores keep the chunks of every file they index; this line is filler text.\n"


def write_file(path: Path, size: int) -> None:
    """``size`` bytes of text (a plausible upload) at ``path``, written in chunks."""
    block = (_LINE * (_CHUNK // len(_LINE) + 1))[:_CHUNK]
    with path.open("wb") as out:
        left = size
        while left > 0:
            out.write(block[: min(left, _CHUNK)])
            left -= min(left, _CHUNK)


def _result(seconds: float, size: int, before: float) -> Measurement:
    return {"seconds": seconds, "mb_per_s": size / seconds / 1e6, "rss_before_mb": before}


def _upload(client: Any, params: dict[str, Any]) -> Measurement:
    path = Path(params["path"])
    client.files.create(file=_WARM_UP, purpose="assistants")
    before = peak_rss_mb()
    with stopwatch() as watch:
        client.files.create(file=path, purpose="assistants")
    return _result(watch.seconds, params["size"], before)


def _httpx(params: dict[str, Any]) -> Measurement:
    import httpx2

    path = Path(params["path"])
    with httpx2.Client(
        base_url=params["base_url"], headers={"Authorization": f"Bearer {API_KEY}"}, timeout=600
    ) as http:
        before = peak_rss_mb()
        with stopwatch() as watch, path.open("rb") as handle:
            response = http.post(
                "/files", data={"purpose": "assistants"}, files={"file": (path.name, handle, "text/plain")}
            )
            response.raise_for_status()
            response.json()
    return _result(watch.seconds, params["size"], before)


SIDES: dict[str, Side] = {**sdk_sides(_upload), "httpx2": _httpx}


def run(bench: Bench) -> list[Row]:
    size = 1 << 20 if bench.quick else 1 << 30
    with tempfile.TemporaryDirectory(prefix="benchmarks-upload-") as scratch, serving() as base_url:
        path = Path(scratch) / "upload.txt"
        write_file(path, size)
        with path.open("rb") as handle:  # read it once so that every run finds it in the page cache
            while handle.read(_CHUNK):
                pass
        params = {"base_url": base_url, "path": str(path), "size": size}
        results = bench.alternate("upload", params, ("ours", "openai", "httpx2"), bench.reps(8))
        rss = {side: median_of(runs, "peak_rss_mb") for side, runs in results.items()}
        speed = {side: median_of(runs, "mb_per_s") for side, runs in results.items()}
        label = "1 GiB" if size == 1 << 30 else f"{size / 2**20:g} MiB"
        memory = Row(
            case=5,
            key="5a",
            title=f"Upload {label} from a path: peak RSS of the process",
            unit="MB",
            ours=rss["ours"],
            openai=rss["openai"],
            raw=rss["httpx2"],
            # The target is absolute: at most 100 MB, whatever openai uses.
            ratio=rss["ours"] / 100.0,
            ratio_name="ours / 100 MB",
            limit=1.0,
            target="ours ≤ 100 MB",
            ours_limit=100.0,
            short=f"upload {label}: peak RSS",
        )
        throughput = Row(
            case=5,
            key="5b",
            title=f"Upload {label} from a path: throughput",
            unit="MB/s",
            ours=speed["ours"],
            openai=speed["openai"],
            raw=speed["httpx2"],
            ratio=paired_ratio(results, "ours", "httpx2", "mb_per_s"),
            ratio_name="ours / httpx2",
            limit=0.9,
            target="≥ 0.9 x httpx2",
            ours_limit=0.9 * speed["httpx2"],
            higher_is_better=True,
            short=f"upload {label}: throughput",
        )
        before = {side: median_of(runs, "rss_before_mb") for side, runs in results.items()}
        memory.notes.append(
            "peak RSS (ru_maxrss) of the whole worker process, imports included; before the upload: "
            + ", ".join(f"{side} {value:.0f} MB" for side, value in before.items())
        )
        throughput.notes.append(
            f"median of {len(results['ours'])} runs per side; raw httpx2 = multipart POST streaming the open file; "
            "every side uploads a tiny file first, so connection set-up and first-use costs are out of the time"
        )
        rows = [memory, throughput]
        bench.attach_profiles(rows, lambda: bench.profile("upload", params))
    return rows
