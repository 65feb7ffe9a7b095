"""``vectorstores stores``, ``files`` and ``rm``: every page of a list, and deletion with and without
asking first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from vectorstores import OpenAI
from vectorstores.cli import lookup

from .conftest import Control, Run, write_files


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> int:
    """Lists ask for 4 items at a time, so a handful of items spans several pages."""
    monkeypatch.setattr(lookup, "PAGE_SIZE", 4)
    return 4


def list_requests(control: Control, path: str) -> list[str]:
    """The query strings of the GET requests the emulator saw for ``path``."""
    return [r["query"] for r in control.requests() if r["method"] == "GET" and r["path"] == path]


def uploaded_store(run: Run, tmp_path: Path, name: str, count: int) -> None:
    folder = write_files(tmp_path / name, {f"note{n:02}.txt": f"note {n} of {name}" for n in range(count)})
    result = run("upload", str(folder), "-s", name, "--create", "-a", f"store={name}")
    assert result.exit_code == 0, result.output


def test_stores_lists_every_page(run: Run, client: OpenAI, control: Control, small_pages: int) -> None:
    created = [client.vector_stores.create(name=f"store-{n}").id for n in range(10)]

    result = run("stores")

    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert [row[0] for row in rows] == created[::-1]  # newest first, all ten
    assert rows[0][1:4] == ["store-9", "0", "0 bytes"]
    queries = list_requests(control, "/v1/vector_stores")
    assert len(queries) == 3 and all("limit=4" in query for query in queries)
    assert "after=" in queries[1]

    as_json = run("stores", "--json")
    assert [json.loads(line)["id"] for line in as_json.stdout.splitlines()] == created[::-1]


def test_files_lists_every_page_with_names_and_attributes(
    run: Run, client: OpenAI, control: Control, tmp_path: Path, small_pages: int
) -> None:
    uploaded_store(run, tmp_path, "notes", 9)

    result = run("files", "notes")

    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert sorted(row[1] for row in rows) == [f"note{n:02}.txt" for n in range(9)]
    assert {row[2] for row in rows} == {"completed"}
    assert {row[4] for row in rows} == {"store=notes"}
    (store,) = list(client.vector_stores.list())
    assert len(list_requests(control, f"/v1/vector_stores/{store.id}/files")) == 3

    failed = run("files", "notes", "--status", "failed")
    assert failed.exit_code == 0 and failed.stdout == ""
    assert "No files in notes" in failed.stderr

    as_json = [json.loads(line) for line in run("files", store.id, "--json").stdout.splitlines()]
    assert len(as_json) == 9 and all(item["filename"].startswith("note") for item in as_json)


def test_stores_when_there_are_none(run: Run) -> None:
    result = run("stores")

    assert result.exit_code == 0
    assert result.stdout == ""
    assert "No vector stores yet" in result.stderr


def test_rm_store_with_yes_deletes_it_and_its_files(run: Run, client: OpenAI, tmp_path: Path) -> None:
    uploaded_store(run, tmp_path, "old", 3)
    uploaded_store(run, tmp_path, "other", 2)

    result = run("rm", "old", "--yes")

    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Deleted vector store old (vs_") and "and its 3 files" in result.stdout
    assert [store.name for store in client.vector_stores.list()] == ["other"]
    assert len(list(client.files.list())) == 2  # only the other store's files are left


def test_rm_declined_deletes_nothing(run: Run, client: OpenAI, tmp_path: Path) -> None:
    uploaded_store(run, tmp_path, "precious", 2)

    declined = run("rm", "precious", input="n\n")
    unanswered = run("rm", "precious")  # no one to answer: as good as no

    assert declined.exit_code == 1
    assert "Delete vector store precious (vs_" in declined.stderr and "and its 2 files? [y/N]" in declined.stderr
    assert "Nothing deleted" in declined.stderr
    assert unanswered.exit_code == 1
    assert "pass --yes to delete without asking" in unanswered.stderr
    assert [store.name for store in client.vector_stores.list()] == ["precious"]
    assert len(list(client.files.list())) == 2


def test_rm_confirmed_several_targets(run: Run, client: OpenAI, tmp_path: Path) -> None:
    uploaded_store(run, tmp_path, "keepfiles", 2)
    loose = client.files.create(file=("loose.txt", b"not in any store"), purpose="assistants")

    result = run("rm", "keepfiles", loose.id, "--keep-files", input="y\n")

    assert result.exit_code == 0, result.output
    assert "About to delete:" in result.stderr and "Delete these 2? [y/N]" in result.stderr
    assert f"Deleted file loose.txt ({loose.id})" in result.stdout
    assert list(client.vector_stores.list()) == []
    assert len(list(client.files.list())) == 2  # the store's files were kept, the loose one went
