"""``vector_stores.sync`` against the emulator: identity by path, version by hash, updates that
never leave a gap, deletes, dry runs, attributes, leftovers of an interrupted sync, the API's
limits, and the async twin."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import pytest
import vectorstores.lib.sync as sync_module
from vectorstores import AsyncOpenAI, OpenAI
from vectorstores.lib.sync import SyncReport

from .conftest import Control

TREE = {
    "guide/install.md": b"Install the SDK with pip install vectorstores.",
    "guide/auth.md": b"Authentication: set OPENAI_API_KEY before creating the client.",
    "notes.txt": b"Refunds are processed within five business days.",
}


def write(root: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    return root


def store_state(client: OpenAI, store_id: str) -> dict[str, list[dict[str, Any]]]:
    """Every entry of the store by its ``path`` attribute."""
    found: dict[str, list[dict[str, Any]]] = {}
    for entry in client.vector_stores.files.list(store_id, limit=100):
        found.setdefault(str((entry.attributes or {}).get("path")), []).append(
            {"id": entry.id, "status": entry.status, "attributes": entry.attributes}
        )
    return found


def posts_to_files(control: Control) -> int:
    return sum(1 for r in control.requests() if r["method"] == "POST" and r["path"] == "/v1/files")


def test_first_sync_adds_every_file_with_path_and_hash(client: OpenAI, tmp_path: Path) -> None:
    root = write(tmp_path, TREE)
    store = client.vector_stores.create(name="docs")
    report = client.vector_stores.sync(store.id, root, attributes={"team": "support"})
    assert sorted(report.added) == sorted(TREE) and report.ok and not report.updated
    state = store_state(client, store.id)
    assert sorted(state) == sorted(TREE)
    entry = state["guide/auth.md"][0]
    assert entry["status"] == "completed"
    assert entry["attributes"]["team"] == "support"
    assert len(entry["attributes"]["sha256"]) == 64
    # The Files carry the store's mark, which is how a leftover upload is recognised later.
    assert client.files.retrieve(entry["id"]).filename == f"{store.id}--auth.md"
    hits = client.vector_stores.search(store.id, query="refunds business days")
    assert (hits.data[0].attributes or {})["path"] == "notes.txt"


def test_rerun_without_change_uploads_nothing(client: OpenAI, control: Control, tmp_path: Path) -> None:
    root = write(tmp_path, TREE)
    store = client.vector_stores.create(name="docs")
    client.vector_stores.sync(store.id, root)
    before = posts_to_files(control)
    report = client.vector_stores.sync(store.id, root)
    assert sorted(report.unchanged) == sorted(TREE)
    assert not (report.added or report.updated or report.deleted or report.failed)
    assert posts_to_files(control) == before
    lists = [
        r for r in control.requests() if r["path"] == f"/v1/vector_stores/{store.id}/files" and r["method"] == "GET"
    ]
    assert lists and all("limit=100" in r["query"] for r in lists)


def test_changes_are_applied_and_old_versions_removed(client: OpenAI, control: Control, tmp_path: Path) -> None:
    root = write(tmp_path, TREE)
    store = client.vector_stores.create(name="docs")
    client.vector_stores.sync(store.id, root)
    old = {path: entries[0]["id"] for path, entries in store_state(client, store.id).items()}
    (root / "notes.txt").write_bytes(b"Refunds now take ten business days.")
    (root / "guide/auth.md").unlink()
    write(root, {"guide/search.md": b"Search with filters on attributes."})
    control.http.delete("/requests")
    report = client.vector_stores.sync(store.id, root)
    assert (report.added, report.updated, report.deleted) == (["guide/search.md"], ["notes.txt"], ["guide/auth.md"])
    assert report.unchanged == ["guide/install.md"]
    state = store_state(client, store.id)
    assert sorted(state) == ["guide/install.md", "guide/search.md", "notes.txt"]
    assert all(len(entries) == 1 for entries in state.values())  # no duplicate
    # The old versions' Files are gone from the account too, not only detached.
    remaining = {file.id for file in client.files.list()}
    assert old["notes.txt"] not in remaining and old["guide/auth.md"] not in remaining
    # The old version of notes.txt was detached only after its new version was processed.
    seen = [(r["method"], r["path"]) for r in control.requests()]
    detach = seen.index(("DELETE", f"/v1/vector_stores/{store.id}/files/{old['notes.txt']}"))
    polls = [i for i, (method, path) in enumerate(seen) if method == "GET" and "/file_batches/" in path]
    assert polls and max(polls) < detach
    hits = client.vector_stores.search(store.id, query="ten business days")
    assert (hits.data[0].attributes or {}).get("path") == "notes.txt"


def test_a_failed_new_version_keeps_the_old_one(client: OpenAI, tmp_path: Path) -> None:
    root = write(tmp_path, TREE)
    store = client.vector_stores.create(name="docs")
    client.vector_stores.sync(store.id, root)
    old = store_state(client, store.id)["notes.txt"][0]
    (root / "notes.txt").write_bytes(b"binary\x00content")  # the store fails to index this
    report = client.vector_stores.sync(store.id, root)
    assert not report.ok and "invalid_file" in report.failed["notes.txt"]
    assert "notes.txt" not in report.updated
    assert store_state(client, store.id)["notes.txt"] == [old]  # the old version, still searchable
    marked = [f for f in client.files.list() if f.filename == f"{store.id}--notes.txt"]
    assert [f.id for f in marked] == [old["id"]]  # the failed upload was deleted


def test_when_processing_cannot_be_confirmed_both_versions_stay(
    client: OpenAI, control: Control, tmp_path: Path
) -> None:
    root = write(tmp_path, TREE)
    store = client.vector_stores.create(name="docs")
    client.vector_stores.sync(store.id, root)
    old = store_state(client, store.id)["notes.txt"][0]["id"]
    (root / "notes.txt").write_bytes(b"Refunds now take ten business days.")
    control.fault(method="GET", path="/v1/vector_stores/*/file_batches/*", times=1000, status=500)
    report = client.vector_stores.sync(store.id, root)
    reason = report.failed["notes.txt"]
    assert "processing not confirmed" in reason and "InternalServerError" in reason
    assert old in [entry["id"] for entry in store_state(client, store.id)["notes.txt"]]  # never removed blind
    control.http.delete("/faults").raise_for_status()
    report = client.vector_stores.sync(store.id, root)
    # The new version may still be processing (then this sync waits for it and calls it updated).
    assert report.ok and "notes.txt" in report.updated + report.unchanged
    (entry,) = store_state(client, store.id)["notes.txt"]
    assert entry["id"] != old


def test_dry_run_changes_nothing(client: OpenAI, control: Control, tmp_path: Path) -> None:
    root = write(tmp_path, TREE)
    store = client.vector_stores.create(name="docs")
    client.vector_stores.sync(store.id, root)
    (root / "notes.txt").write_bytes(b"changed")
    (root / "guide/auth.md").unlink()
    control.http.delete("/requests")
    report = client.vector_stores.sync(store.id, root, dry_run=True)
    assert (report.updated, report.deleted, report.dry_run) == (["notes.txt"], ["guide/auth.md"], True)
    assert all(r["method"] == "GET" for r in control.requests())


def test_no_delete_keeps_files_gone_locally(client: OpenAI, tmp_path: Path) -> None:
    root = write(tmp_path, TREE)
    store = client.vector_stores.create(name="docs")
    client.vector_stores.sync(store.id, root)
    (root / "notes.txt").unlink()
    report = client.vector_stores.sync(store.id, root, delete=False)
    assert not report.deleted and "notes.txt" in store_state(client, store.id)


def test_new_attributes_are_set_without_uploading(client: OpenAI, control: Control, tmp_path: Path) -> None:
    root = write(tmp_path, TREE)
    store = client.vector_stores.create(name="docs")
    client.vector_stores.sync(store.id, root, attributes={"team": "support"})
    before = posts_to_files(control)
    report = client.vector_stores.sync(store.id, root, attributes={"team": "sales", "year": 2026})
    assert sorted(report.updated) == sorted(TREE) and posts_to_files(control) == before
    attributes = store_state(client, store.id)["notes.txt"][0]["attributes"]
    assert (attributes["team"], attributes["year"], attributes["path"]) == ("sales", 2026, "notes.txt")


@pytest.mark.parametrize(
    ("attributes", "message"),
    [
        ({f"k{i}": "v" for i in range(15)}, "at most 14 keys"),
        ({"path": "x"}, "'path' is kept by sync"),
        ({"k" * 65: "v"}, "1 to 64 characters"),
        ({"team": "x" * 513}, "at most 512 characters"),
    ],
)
def test_bad_attributes_fail_before_any_request(
    client: OpenAI, control: Control, tmp_path: Path, attributes: dict[str, Any], message: str
) -> None:
    root = write(tmp_path, TREE)
    control.http.delete("/requests")
    with pytest.raises(ValueError, match=message):
        client.vector_stores.sync("vs_any", root, attributes=attributes)
    assert control.requests() == []


def test_bad_sources_fail_before_any_request(client: OpenAI, control: Control, tmp_path: Path) -> None:
    control.http.delete("/requests")
    with pytest.raises(NotADirectoryError, match="source"):
        client.vector_stores.sync("vs_any", tmp_path / "missing")
    with pytest.raises(ValueError, match=r"source\[0\].*relative"):
        client.vector_stores.sync("vs_any", [("../escape.txt", b"x")])
    with pytest.raises(ValueError, match=r"source\[1\].*twice"):
        client.vector_stores.sync("vs_any", [("a.txt", b"x"), ("./a.txt", b"y")])
    with pytest.raises(TypeError, match=r"source\[0\]"):
        client.vector_stores.sync("vs_any", [("a.txt", 3)])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="max_concurrency"):
        client.vector_stores.sync("vs_any", [], max_concurrency=0)
    with pytest.raises(ValueError, match=r"^chunking_strategy.static: is required"):
        client.vector_stores.sync("vs_any", tmp_path, chunking_strategy={"type": "static"})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="vector_store_id"):
        client.vector_stores.sync("", tmp_path)
    assert control.requests() == []


def test_pairs_as_source_and_what_is_skipped(client: OpenAI, tmp_path: Path) -> None:
    store = client.vector_stores.create(name="docs")
    (tmp_path / "on-disk.md").write_bytes(b"Read from a path.")
    source: dict[str, bytes | Path] = {
        "a/one.txt": b"First.",
        "b/one.txt": b"Second.",
        "disk.md": tmp_path / "on-disk.md",
    }
    source |= {"photo.png": b"\x89PNG", "empty.txt": b"", "x" * 509 + ".txt": b"long"}
    report = client.vector_stores.sync(store.id, source)
    assert sorted(report.added) == ["a/one.txt", "b/one.txt", "disk.md"]  # same basename, two files
    assert set(report.skipped) == {"photo.png", "empty.txt", "x" * 509 + ".txt"}
    assert "not one file search reads" in report.skipped["photo.png"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_symlink_loop_is_skipped_and_its_files_kept(client: OpenAI, tmp_path: Path) -> None:
    root = write(tmp_path / "root", TREE)
    (root / "guide" / "again").symlink_to(root, target_is_directory=True)
    (root / ".git").mkdir()
    (root / ".git" / "HEAD.txt").write_bytes(b"ref: main")
    store = client.vector_stores.create(name="docs")
    report = client.vector_stores.sync(store.id, root)
    assert sorted(report.added) == sorted(TREE)  # hidden folders are left out
    assert report.skipped == {"guide/again/": "symlink loop (a folder already synced)"}


def test_leftovers_of_an_interrupted_sync_are_cleaned_up(client: OpenAI, tmp_path: Path) -> None:
    root = write(tmp_path, TREE)
    store = client.vector_stores.create(name="docs")
    client.vector_stores.sync(store.id, root)
    state = store_state(client, store.id)
    # As if killed after uploading (never attached) ...
    orphan = client.files.create(file=(f"{store.id}--notes.txt", b"half done"), purpose="assistants")
    users_own = client.files.create(file=("notes.txt", b"the user's file"), purpose="assistants")
    # ... and after attaching a new version of notes.txt but before removing the old one.
    (root / "notes.txt").write_bytes(b"Refunds now take ten business days.")
    new = client.files.create(file=(f"{store.id}--notes.txt", (root / "notes.txt").read_bytes()), purpose="assistants")
    digest = hashlib.sha256((root / "notes.txt").read_bytes()).hexdigest()
    client.vector_stores.files.create_and_poll(
        new.id, vector_store_id=store.id, attributes={"path": "notes.txt", "sha256": digest}
    )
    report = client.vector_stores.sync(store.id, root)
    assert report.orphans == [orphan.id] and report.ok
    assert report.updated == [] and "notes.txt" in report.unchanged
    after = store_state(client, store.id)
    assert [entry["id"] for entry in after["notes.txt"]] == [new.id]
    remaining = {file.id for file in client.files.list()}
    assert orphan.id not in remaining and state["notes.txt"][0]["id"] not in remaining
    assert users_own.id in remaining  # not marked: never ours to delete


def test_batches_split_at_the_limit(client: OpenAI, control: Control, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sync_module, "MAX_FILES_PER_BATCH", 3)
    store = client.vector_stores.create(name="docs")
    report = client.vector_stores.sync(store.id, [(f"f{i}.txt", f"file number {i}".encode()) for i in range(7)])
    assert len(report.added) == 7
    batches = [r for r in control.requests() if r["method"] == "POST" and r["path"].endswith("/file_batches")]
    assert len(batches) == 3


def test_a_rate_limit_that_never_lifts_fails_the_files_and_leaves_nothing(
    client: OpenAI, control: Control, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync_module, "MAX_RATE_LIMITED", 3)
    store = client.vector_stores.create(name="docs")
    control.fault(method="POST", path="/v1/files", times=1000, status=429, retry_after_ms=1)
    report = client.vector_stores.sync(store.id, write(tmp_path, TREE))
    assert sorted(report.failed) == sorted(TREE) and not report.added
    assert all(reason.startswith("RateLimitError") for reason in report.failed.values())
    uploads = [r for r in control.requests() if r["method"] == "POST" and r["path"] == "/v1/files"]
    assert len(uploads) == 3 * len(TREE)  # each tried three times, then given up
    assert list(client.files.list()) == []


def test_progress_is_reported(client: OpenAI, tmp_path: Path) -> None:
    root = write(tmp_path, TREE)
    store = client.vector_stores.create(name="docs")
    seen: list[tuple[str, int, int]] = []
    client.vector_stores.sync(store.id, root, on_progress=lambda *event: seen.append(event))
    assert [event for event in seen if event[0] == "upload"][-1] == ("upload", 3, 3)
    assert ("process", 1, 1) in seen


@pytest.mark.anyio
async def test_async_twin(aclient: AsyncOpenAI, tmp_path: Path) -> None:
    root = write(tmp_path, TREE)
    store = await aclient.vector_stores.create(name="docs")
    first = await aclient.vector_stores.sync(store.id, root)
    (root / "notes.txt").write_bytes(b"changed content")
    second = await aclient.vector_stores.sync(store.id, root)
    assert isinstance(first, SyncReport) and sorted(first.added) == sorted(TREE)
    assert second.updated == ["notes.txt"] and len(second.unchanged) == 2
