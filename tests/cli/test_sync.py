"""``vectorstores sync``: the plan first, a dry run that changes nothing, failures with their
reasons and exit 1, JSON, Ctrl-C that leaves no orphaned upload; and what ``upload`` now records
(the relative path) and how both treat a symlink loop."""

from __future__ import annotations

import _thread
import json
import os
import threading
from pathlib import Path
from typing import Any

import pytest
from vectorstores import OpenAI
from vectorstores.resources.files import Files

from .conftest import Control, Run, write_files

DOCS = {"a/README.md": "Alpha readme.", "b/README.md": "Beta readme.", "refunds.txt": "Refunds take five days."}


def paths_in(client: OpenAI, store_name: str) -> list[str]:
    (store,) = [store for store in client.vector_stores.list() if store.name == store_name]
    return sorted(str((item.attributes or {}).get("path")) for item in client.vector_stores.files.list(store.id))


def test_sync_creates_then_changes_only_what_changed(run: Run, client: OpenAI, tmp_path: Path) -> None:
    folder = write_files(tmp_path / "docs", DOCS)
    first = run("sync", str(folder), "--store", "handbook", "--create", "-a", "team=support")
    assert first.exit_code == 0, first.output
    assert "3 to add, 0 to update, 0 to delete, 0 unchanged" in first.stderr
    assert first.stdout.splitlines()[0].startswith("Synced in ")
    assert paths_in(client, "handbook") == sorted(DOCS)

    again = run("sync", str(folder), "-s", "handbook", "-a", "team=support")
    assert again.exit_code == 0 and "is up to date: 0 to add, 0 to update, 0 to delete, 3 unchanged" in again.stderr

    (folder / "refunds.txt").write_text("Refunds take ten days.")
    (folder / "b/README.md").unlink()
    write_files(folder, {"c/new.md": "A new page."})
    changed = run("sync", str(folder), "-s", "handbook", "-a", "team=support", "--json")
    assert changed.exit_code == 0, changed.output
    report = json.loads(changed.stdout)
    assert (report["added"], report["updated"], report["deleted"]) == (["c/new.md"], ["refunds.txt"], ["b/README.md"])
    assert paths_in(client, "handbook") == ["a/README.md", "c/new.md", "refunds.txt"]


def test_dry_run_shows_the_plan_and_changes_nothing(run: Run, control: Control, tmp_path: Path) -> None:
    folder = write_files(tmp_path / "docs", DOCS)
    assert run("sync", str(folder), "-s", "handbook", "--create").exit_code == 0
    (folder / "refunds.txt").unlink()
    control.http.delete("/requests")
    result = run("sync", str(folder), "-s", "handbook", "--dry-run")
    assert result.exit_code == 0, result.output
    lines = [line.split() for line in result.stdout.splitlines()]
    assert lines[0][:2] == ["Would", "sync:"]
    assert ["deleted", "1"] in lines and ["refunds.txt"] in lines and ["unchanged", "2"] in lines
    assert all(r["method"] == "GET" for r in control.requests())
    kept = run("sync", str(folder), "-s", "handbook", "--no-delete", "--json")
    assert json.loads(kept.stdout)["deleted"] == []


def test_dry_run_never_creates_a_store_and_a_no_op_is_no_dry_run(run: Run, client: OpenAI, tmp_path: Path) -> None:
    folder = write_files(tmp_path / "docs", DOCS)
    refused = run("sync", str(folder), "-s", "handbook", "--create", "--dry-run")
    assert refused.exit_code == 1 and "a dry run creates none" in refused.stderr
    assert list(client.vector_stores.list()) == []
    assert run("sync", str(folder), "-s", "handbook", "--create").exit_code == 0
    nothing = json.loads(run("sync", str(folder), "-s", "handbook", "--json").stdout)
    assert nothing["dry_run"] is False and len(nothing["unchanged"]) == 3


def test_a_failed_file_is_listed_with_its_reason_and_exits_1(run: Run, tmp_path: Path) -> None:
    folder = write_files(tmp_path / "docs", {**DOCS, "broken.txt": b"binary\x00data"})
    result = run("sync", str(folder), "-s", "handbook", "--create")
    assert result.exit_code == 1
    assert "broken.txt: invalid_file" in result.stdout
    assert [line.split() for line in result.stdout.splitlines()][1:5] == [
        ["added", "3"],
        *[[path] for path in sorted(DOCS)],
    ]


def test_bad_attributes_are_a_usage_error_before_any_change(run: Run, control: Control, tmp_path: Path) -> None:
    folder = write_files(tmp_path / "docs", DOCS)
    result = run("sync", str(folder), "-s", "handbook", "--create", "-a", "sha256=x")
    assert result.exit_code == 2 and "'sha256' is kept by sync itself" in result.stderr
    assert not [r for r in control.requests() if r["method"] != "GET" and r["path"] == "/v1/files"]


def test_ctrl_c_leaves_no_orphaned_upload(
    run: Run, client: OpenAI, control: Control, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write_files(tmp_path / "docs", {f"doc{n:02}.txt": f"document {n}" for n in range(30)})
    control.fault(method="POST", path="/v1/files", times=100, delay_ms=40)  # keep uploads in flight
    original, done, lock = Files.create, 0, threading.Lock()

    def create(self: Files, **kwargs: Any) -> Any:
        nonlocal done
        uploaded = original(self, **kwargs)
        with lock:
            done += 1
            if done == 5:
                _thread.interrupt_main()
        return uploaded

    monkeypatch.setattr(Files, "create", create)
    result = run("sync", str(folder), "-s", "handbook", "--create", "-j", "3")
    assert result.exit_code == 130, result.output
    assert "Interrupted. Deleted" in result.stdout and "the next sync finishes the job" in result.stdout
    assert list(client.files.list()) == []  # nothing was attached yet, and nothing is left
    monkeypatch.setattr(Files, "create", original)
    finished = run("sync", str(folder), "-s", "handbook", "--json")
    assert finished.exit_code == 0 and len(json.loads(finished.stdout)["added"]) == 30


def test_upload_records_the_relative_path(run: Run, client: OpenAI, tmp_path: Path) -> None:
    folder = write_files(tmp_path / "docs", DOCS)
    assert run("upload", str(folder), "-s", "handbook", "--create").exit_code == 0
    assert paths_in(client, "handbook") == sorted(DOCS)
    listed = run("files", "handbook")
    assert sorted(line.split("\t")[1] for line in listed.stdout.splitlines()) == sorted(DOCS)
    # sync adopts what upload put there: same paths, so nothing is added twice.
    adopted = json.loads(run("sync", str(folder), "-s", "handbook", "--json").stdout)
    assert adopted["added"] == [] and sorted(adopted["updated"]) == sorted(DOCS)
    assert paths_in(client, "handbook") == sorted(DOCS)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_symlink_loops_are_a_one_line_note(run: Run, tmp_path: Path) -> None:
    folder = write_files(tmp_path / "docs", DOCS)
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "a" / "up").symlink_to(folder, target_is_directory=True)
    uploaded = run("upload", str(folder), "-s", "handbook", "--create")
    assert uploaded.exit_code == 0, uploaded.output
    assert f"note: skipping {folder / 'loop.txt'}: symlink loop" in uploaded.stderr
    synced = run("sync", str(folder), "-s", "handbook")
    assert synced.exit_code == 0, synced.output
    notes = [line for line in synced.stderr.splitlines() if line.startswith("note:")]
    assert notes == ["note: skipping a/up/: symlink loop (a folder already synced)"]
    assert "Traceback" not in synced.output
