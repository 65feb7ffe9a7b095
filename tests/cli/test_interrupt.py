"""Ctrl-C during ``upload``: pending uploads are cancelled, uploads not yet attached are deleted,
the summary says what was kept, the exit status is 130, and the emulator holds no orphaned file.

Ctrl-C is simulated with ``_thread.interrupt_main``, which raises KeyboardInterrupt in the main
thread exactly where a real SIGINT would; one test sends a real SIGINT to the console script.
"""

from __future__ import annotations

import _thread
import json
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from vectorstores import OpenAI
from vectorstores.cli import ingest
from vectorstores.resources.files import Files

from .conftest import Control, Run, write_files


def many_files(root: Path, count: int, size: int = 0) -> Path:
    padding = " filler" * (size // 7)
    return write_files(root / "docs", {f"doc{n:02}.txt": f"document {n} about refunds{padding}" for n in range(count)})


def interrupt_after_uploads(monkeypatch: pytest.MonkeyPatch, uploads: int) -> None:
    """Press Ctrl-C (in effect) as soon as ``uploads`` uploads have reached the server."""
    original = Files.create
    done = 0
    lock = threading.Lock()

    def create(self: Files, **kwargs: Any) -> Any:
        nonlocal done
        uploaded = original(self, **kwargs)
        with lock:
            done += 1
            if done == uploads:
                _thread.interrupt_main()
        return uploaded

    monkeypatch.setattr(Files, "create", create)


def test_interrupt_during_uploads_leaves_no_orphans(
    run: Run, client: OpenAI, control: Control, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    control.fault(method="POST", path="/v1/files", times=100, delay_ms=40)  # keep uploads in flight
    interrupt_after_uploads(monkeypatch, 5)

    result = run("upload", str(many_files(tmp_path, 30)), "-s", "handbook", "--create", "-j", "3", "--json")

    assert result.exit_code == 130
    summary = json.loads(result.stdout)
    assert summary["interrupted"] == "upload"
    assert summary["completed"] == [] and summary["undeleted_file_ids"] == []
    assert len(summary["deleted_file_ids"]) >= 5  # those uploaded before Ctrl-C, and those in flight
    assert summary["removed_store"] is True  # created by this run and still empty
    assert list(client.files.list()) == []
    assert list(client.vector_stores.list()) == []
    uploads = [r for r in control.requests() if r["method"] == "POST" and r["path"] == "/v1/files"]
    assert len(uploads) < 30  # the pending ones were cancelled


def test_interrupt_into_an_existing_store_keeps_the_store(
    run: Run, client: OpenAI, control: Control, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = client.vector_stores.create(name="kept")
    control.fault(method="POST", path="/v1/files", times=100, delay_ms=40)
    interrupt_after_uploads(monkeypatch, 3)

    result = run("upload", str(many_files(tmp_path, 20)), "-s", "kept", "-j", "2")

    assert result.exit_code == 130
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Interrupted while uploading (")
    assert "not started" in lines[0]
    assert lines[1].startswith("Deleted ") and lines[1].endswith("uploaded files again: they were not attached yet.")
    assert lines[2] == f"Kept: nothing was added to kept ({store.id})."
    assert list(client.files.list()) == []
    assert [item.id for item in client.vector_stores.list()] == [store.id]


def test_interrupt_in_the_middle_of_a_body_stops_that_upload(
    run: Run, client: OpenAI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C while files are being sent: the next read of each body fails, so those uploads
    never complete, and the run still ends clean."""
    original = ingest._CountingReader.read
    reads = 0
    lock = threading.Lock()

    def read(self: ingest._CountingReader, size: int | None = -1, /) -> bytes:
        nonlocal reads
        with lock:
            reads += 1
            if reads == 3:
                _thread.interrupt_main()
                time.sleep(0.3)  # the main thread sets the stop flag before this body reads on
        return original(self, size)

    monkeypatch.setattr(ingest._CountingReader, "read", read)

    result = run("upload", str(many_files(tmp_path, 6, size=300_000)), "-s", "big", "--create", "-j", "2")

    assert result.exit_code == 130
    assert "stopped midway" in result.stdout
    assert list(client.files.list()) == []
    assert list(client.vector_stores.list()) == []


def test_interrupt_while_processing_keeps_the_attached_files(
    run: Run, client: OpenAI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(headers: object) -> float:
        raise KeyboardInterrupt  # where the wait between two polls would be

    monkeypatch.setattr(ingest, "_poll_wait", interrupted)

    result = run("upload", str(many_files(tmp_path, 10)), "-s", "slow", "--create")

    assert result.exit_code == 130
    (store,) = list(client.vector_stores.list())
    assert result.stdout.startswith(
        f"Interrupted while the server was processing. Kept: 10 files attached to slow ({store.id});"
    )
    assert len(list(client.vector_stores.files.list(store.id))) == 10
    assert len(list(client.files.list())) == 10  # all attached: none is an orphan
