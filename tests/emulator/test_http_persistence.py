"""State kept under a data directory survives a restart: objects, file bytes, chunks and search."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import httpx2
from vectorstores_emulator.launch import running

from .conftest import API_KEY, Control, serve, stop, violations
from .support import Json, attach, ids, indexed, ok, settled, static, store, upload

AUTH = {"Authorization": f"Bearer {API_KEY}"}
TEXT = b"Persistence means the words outlive the process that wrote them."
BINARY = bytes(range(256)) * 3


@contextmanager
def emulator_on(data_dir: Path, **options: Any) -> Iterator[tuple[httpx2.Client, Control]]:
    """An emulator on ``data_dir`` for one block; its answers must match the document."""
    served = serve(data_dir, api_key=API_KEY, **{"processing_delay_ms": 50, **options})
    control = Control(served.root)
    try:
        with httpx2.Client(base_url=served.base_url, headers=AUTH, timeout=30) as http:
            yield http, control
    finally:
        control.http.close()
        stop(served)
    problems = violations(served.recorder.take())
    assert not problems, "\n".join(problems[:20])


def snapshot(http: httpx2.Client, store_id: str, batch_id: str) -> Json:
    """Everything a client can read about the state built by ``build``."""
    files = ok(http.get("/files", params={"order": "asc"}))
    store_path = f"/vector_stores/{store_id}"
    return {
        "files": files,
        "contents": {item["id"]: http.get(f"/files/{item['id']}/content").content for item in files["data"]},
        "stores": ok(http.get("/vector_stores")),
        "store": ok(http.get(store_path)),
        "store_files": ok(http.get(f"{store_path}/files")),
        "store_file_contents": {
            item["id"]: ok(http.get(f"{store_path}/files/{item['id']}/content"))
            for item in ok(http.get(f"{store_path}/files"))["data"]
        },
        "batch": ok(http.get(f"{store_path}/file_batches/{batch_id}")),
        "batch_files": ok(http.get(f"{store_path}/file_batches/{batch_id}/files")),
    }


def search(http: httpx2.Client, store_id: str, query: str) -> Json:
    return ok(http.post(f"/vector_stores/{store_id}/search", json={"query": query}))


def test_everything_survives_a_restart(tmp_path: Path) -> None:
    with emulator_on(tmp_path) as (http, _):
        doc = upload(http, "doc.txt", TEXT)["id"]
        blob = upload(http, "blob.bin", BINARY, purpose="user_data")["id"]
        batched = upload(http, "ünïcode name.md", b"Batched words, also persistent.")["id"]
        gone = upload(http, "gone.txt", b"deleted before the restart")["id"]
        created = store(
            http,
            name="kept",
            description="survives restarts",
            metadata={"owner": "tests"},
            expires_after={"anchor": "last_active_at", "days": 30},
        )
        store_id = created["id"]
        attach(http, store_id, doc, attributes={"kind": "doc", "n": 1}, chunking_strategy=static(100, 20))
        batch = ok(http.post(f"/vector_stores/{store_id}/file_batches", json={"file_ids": [batched, gone]}))
        settled(http, f"/vector_stores/{store_id}/file_batches/{batch['id']}")
        indexed(http, store_id, doc)
        ok(http.delete(f"/files/{gone}"))
        doomed = store(http, name="doomed")["id"]
        ok(http.delete(f"/vector_stores/{doomed}"))
        found = search(http, store_id, "persistent words")
        assert len(found["data"]) == 2
        before = snapshot(http, store_id, batch["id"])
        assert before["contents"][blob] == BINARY

    with emulator_on(tmp_path) as (http, _):
        after = snapshot(http, store_id, batch["id"])
        assert after == before
        assert search(http, store_id, "persistent words") == found
        assert http.get(f"/files/{gone}").status_code == 404
        assert http.get(f"/vector_stores/{doomed}").status_code == 404
        # New objects continue the lists rather than colliding with the old ones.
        newer = store(http, name="after restart")["id"]
        assert ids(ok(http.get("/vector_stores"))) == [newer, store_id]
        newest = upload(http, "new.txt", b"new words")["id"]
        attach(http, store_id, newest)
        assert indexed(http, store_id, newest)["status"] == "completed"
        assert ok(http.get(f"/vector_stores/{store_id}"))["file_counts"]["completed"] == 3


def test_a_file_still_indexing_at_shutdown_is_indexed_after_restart(tmp_path: Path) -> None:
    """Indexing is due a minute after attaching; the restarted emulator picks it up when due."""
    with emulator_on(tmp_path, processing_delay_ms=60_000) as (http, _):
        file_id = upload(http, "pending.txt", b"pending words")["id"]
        store_id = store(http, file_ids=[file_id])["id"]
        assert ok(http.get(f"/vector_stores/{store_id}/files/{file_id}"))["status"] == "in_progress"

    with emulator_on(tmp_path) as (http, control):
        assert ok(http.get(f"/vector_stores/{store_id}/files/{file_id}"))["status"] == "in_progress"
        control.advance(120)
        assert indexed(http, store_id, file_id)["status"] == "completed"
        assert [hit["file_id"] for hit in search(http, store_id, "pending")["data"]] == [file_id]


def test_one_file_the_indexer_trips_over_does_not_stop_the_others(tmp_path: Path) -> None:
    """A stored chunking setting the indexer cannot use fails that file alone; the next file is
    still indexed. The setting (a size written as 100.0, which requests once let through) is put
    into the database directly, as no request can produce it any more."""
    with emulator_on(tmp_path, processing_delay_ms=60_000) as (http, _):
        broken = upload(http, "broken.txt", b"some words")["id"]
        fine = upload(http, "fine.txt", b"other words")["id"]
        store_id = store(http, file_ids=[broken, fine])["id"]
    with closing(sqlite3.connect(tmp_path / "emulator.sqlite3")) as db, db:
        bad = json.dumps({"max_chunk_size_tokens": 100.0, "chunk_overlap_tokens": 0})
        db.execute("UPDATE vector_store_files SET chunking = ? WHERE id = ?", (bad, broken))

    with emulator_on(tmp_path) as (http, control):
        control.advance(120)
        failed = indexed(http, store_id, broken)
        assert failed["status"] == "failed"
        assert failed["last_error"]["code"] == "server_error"
        assert indexed(http, store_id, fine)["status"] == "completed"


def test_the_command_line_server_keeps_its_data_dir(tmp_path: Path) -> None:
    """``python -m vectorstores_emulator --data-dir`` stopped (SIGTERM) and started again."""
    arguments = ("--api-key", API_KEY, "--processing-delay-ms", "50")
    with running(*arguments, data_dir=tmp_path) as base_url, httpx2.Client(base_url=base_url, headers=AUTH) as http:
        file_id = upload(http, "cli.txt", TEXT)["id"]
        store_id = store(http, name="cli", file_ids=[file_id])["id"]
        indexed(http, store_id, file_id)
        found = search(http, store_id, "outlive")
        assert len(found["data"]) == 1
        kept = ok(http.get(f"/vector_stores/{store_id}"))

    with running(*arguments, data_dir=tmp_path) as base_url, httpx2.Client(base_url=base_url, headers=AUTH) as http:
        assert ok(http.get(f"/vector_stores/{store_id}")) == kept
        assert http.get(f"/files/{file_id}/content").content == TEXT
        assert search(http, store_id, "outlive") == found
        # Still guarded by the key it was started with.
        with httpx2.Client(base_url=base_url) as anonymous:
            assert anonymous.get("/vector_stores").status_code == 401


def test_without_a_data_dir_nothing_is_kept() -> None:
    """The in-memory emulator starts empty every time."""
    for _ in range(2):
        served = serve(api_key=API_KEY, processing_delay_ms=50)
        try:
            with httpx2.Client(base_url=served.base_url, headers=AUTH) as http:
                assert ok(http.get("/vector_stores"))["data"] == []
                store(http, name="ephemeral")
        finally:
            stop(served)
