"""A sync killed with SIGKILL (no clean-up code runs) while uploading, while the store processes,
and while removing old versions: the next sync finishes the job, with no duplicate in the store
and no upload of the interrupted one left in the account."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from vectorstores import OpenAI

from .conftest import API_KEY, Control, Served, serve, stop

CHILD = """
import sys
from vectorstores import OpenAI
with OpenAI(api_key=sys.argv[1], base_url=sys.argv[2], max_retries=0) as client:
    client.vector_stores.sync(sys.argv[3], sys.argv[4], max_concurrency=4)
"""


@pytest.fixture(scope="module")
def slow() -> Iterator[Served]:
    """Uploads limited to 20 a second and 1.5 s of processing: every phase lasts long enough to
    be killed in."""
    running = serve(api_key=API_KEY, processing_delay_ms=1500, rate_limits={"files": 1200})
    yield running
    stop(running)


@pytest.fixture
def control(slow: Served) -> Iterator[Control]:
    handle = Control(slow.root)
    handle.reset()
    yield handle
    handle.http.close()


def seen(control: Control, method: str, fragment: str) -> Callable[[], bool]:
    return lambda: any(r["method"] == method and fragment in r["path"] for r in control.requests())


KILL_POINTS: dict[str, tuple[str, str]] = {
    "uploading": ("POST", "/v1/files"),
    "processing": ("POST", "/file_batches"),
    "removing": ("DELETE", "/files/"),
}


@pytest.mark.parametrize("moment", list(KILL_POINTS))
def test_the_next_sync_finishes_what_a_killed_one_started(
    slow: Served, control: Control, tmp_path: Path, moment: str
) -> None:
    local = {f"doc{i:02}.txt": f"version one of document {i}".encode() for i in range(40)}
    for name, data in local.items():
        (tmp_path / name).write_bytes(data)
    with OpenAI(api_key=API_KEY, base_url=slow.base_url, max_retries=2) as client:
        store = client.vector_stores.create(name="killed")
        client.vector_stores.sync(store.id, tmp_path)
        for i in range(0, 40, 2):  # half of the files change, some go, some come
            local[f"doc{i:02}.txt"] = f"version two of document {i}".encode()
        for i in range(40, 45):
            local[f"doc{i:02}.txt"] = f"new document {i}".encode()
        for name in ("doc01.txt", "doc03.txt"):
            del local[name]
            (tmp_path / name).unlink()
        for name, data in local.items():
            (tmp_path / name).write_bytes(data)
        control.http.delete("/requests")

        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, API_KEY, slow.base_url, store.id, str(tmp_path)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        method, fragment = KILL_POINTS[moment]
        reached = seen(control, method, fragment)
        deadline = time.monotonic() + 60
        while not reached() and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert child.poll() is None, f"the sync ended before it could be killed {moment}"
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        assert child.returncode == -signal.SIGKILL
        # What the killed process had already sent is still being served: an upload the server
        # completes after the next sync has listed the files would be counted as orphaned by
        # that sync's run, though it belongs to the killed one. A later run (what this stands
        # for) starts once the server has answered them.
        deadline = time.monotonic() + 15
        while any(r["status"] is None for r in control.requests()) and time.monotonic() < deadline:
            time.sleep(0.05)

        report = client.vector_stores.sync(store.id, tmp_path)
        assert report.ok, report.failed
        entries = list(client.vector_stores.files.list(store.id, limit=100))
        by_path: dict[str, list[Any]] = {}
        for entry in entries:
            by_path.setdefault(str((entry.attributes or {})["path"]), []).append(entry)
        assert sorted(by_path) == sorted(local)
        for path, found in by_path.items():
            assert len(found) == 1, f"{path} is in the store {len(found)} times"
            assert (found[0].attributes or {})["sha256"] == hashlib.sha256(local[path]).hexdigest()
            assert found[0].status == "completed"
        marked = {file.id for file in client.files.list() if file.filename.startswith(f"{store.id}--")}
        assert marked == {entry.id for entry in entries}, "an upload was left orphaned"
        again = client.vector_stores.sync(store.id, tmp_path)
        assert sorted(again.unchanged) == sorted(local) and not again.orphans
