"""``vectorstores upload``: a folder of 50 mixed files end to end, what is skipped, what fails and
why, attributes and chunking reaching the API, the JSON summary, and the bars in a terminal."""

from __future__ import annotations

import json
from pathlib import Path
from unittest.mock import ANY

from vectorstores import OpenAI

from .conftest import Run, write_files

TOPICS = ["refunds", "installation", "authentication", "pagination", "billing"]


def mixed_folder(root: Path) -> Path:
    """50 indexable files (txt, md, py, json, across sub-folders), 6 the API would not index,
    and a hidden folder that is not walked at all."""
    files: dict[str, str | bytes] = {}
    for number in range(50):
        topic = TOPICS[number % len(TOPICS)]
        kind = number % 4
        if kind == 0:
            files[f"notes/{topic}-{number}.txt"] = f"Notes {number} about {topic}. The {topic} guide explains it."
        elif kind == 1:
            files[f"guides/{topic}/page-{number}.md"] = f"# {topic.title()}\n\nPage {number} covers {topic} in depth."
        elif kind == 2:
            files[f"code/module_{number}.py"] = f'"""Module {number}: helpers for {topic}."""\n\nVALUE = {number}\n'
        else:
            files[f"data/record-{number}.json"] = json.dumps({"id": number, "topic": topic, "text": f"{topic} data"})
    for name in ("a.bin", "b.bin", "setup.exe", "tool.exe", "logo.png", "photo.png"):
        files[f"assets/{name}"] = bytes(range(256))
    files[".git/config"] = "[core]\n"  # hidden: neither uploaded nor reported as skipped
    return write_files(root / "docs", files)


def test_upload_folder_of_fifty_mixed_files(run: Run, client: OpenAI, tmp_path: Path) -> None:
    folder = mixed_folder(tmp_path)

    result = run(
        "upload",
        str(folder),
        "--store",
        "handbook",
        "--create",
        "--attribute",
        "team=docs",
        "-a",
        "year=2024",
        "-a",
        "public=true",
        "--chunk-size",
        "200",
        "--chunk-overlap",
        "50",
        "--concurrency",
        "6",
    )

    assert result.exit_code == 0, result.output
    assert "note: skipping 6 files that file search does not index (2 .bin, 2 .exe, 2 .png)" in result.stderr
    assert "Created vector store handbook" in result.stderr
    summary = result.stdout.splitlines()
    assert summary[0].startswith("Uploaded 50 of 50 files (")
    assert "to handbook (vs_" in summary[0]
    assert [line.split() for line in summary[1:]] == [
        ["completed", "50"],
        ["failed", "0"],
        ["skipped", "6", "(2", ".bin,", "2", ".exe,", "2", ".png)"],
    ]
    # What the API holds now: one store, 50 processed files carrying the attributes and chunking.
    (store,) = list(client.vector_stores.list())
    assert (store.name, store.file_counts.completed, store.file_counts.total) == ("handbook", 50, 50)
    attached = list(client.vector_stores.files.list(store.id, limit=100))
    assert len(attached) == 50
    assert all(item.status == "completed" for item in attached)
    assert all(item.attributes == {"team": "docs", "year": 2024, "public": True, "path": ANY} for item in attached)
    assert all(
        item.to_dict()["chunking_strategy"]["static"] == {"max_chunk_size_tokens": 200, "chunk_overlap_tokens": 50}
        for item in attached
    )
    uploaded = list(client.files.list())
    assert len(uploaded) == 50  # nothing skipped was uploaded, nothing uploaded twice
    assert {file.filename.rsplit(".", 1)[1] for file in uploaded} == {"txt", "md", "py", "json"}


def test_failed_files_are_listed_with_their_reason(run: Run, client: OpenAI, tmp_path: Path) -> None:
    folder = write_files(
        tmp_path / "docs",
        {"good.md": "# Good\nReadable text.", "empty.txt": "", "broken.json": b"\xff\xfe\x00binary"},
    )

    result = run("upload", str(folder), "-s", "mixed", "--create")

    assert result.exit_code == 1  # a file failed: scripts should notice
    out = result.stdout
    assert "completed  1" in out and "failed     2" in out
    assert f"{folder / 'empty.txt'}: invalid_file: The file contains no text to index" in out
    assert f"{folder / 'broken.json'}: invalid_file: The file could not be parsed as UTF-8 text" in out
    assert "Traceback" not in result.output


def test_json_summary_and_an_existing_store_by_id(run: Run, client: OpenAI, tmp_path: Path) -> None:
    store = client.vector_stores.create(name="existing")
    folder = write_files(tmp_path / "docs", {"a.txt": "alpha text", "b.md": "beta text", "c.png": b"\x89PNG"})

    result = run("upload", str(folder / "a.txt"), str(folder), "-s", store.id, "--json")

    assert result.exit_code == 0, result.output
    (line,) = result.stdout.splitlines()
    summary = json.loads(line)
    assert summary["vector_store"] == {"id": store.id, "name": "existing", "created": False}
    assert sorted(Path(item["path"]).name for item in summary["completed"]) == ["a.txt", "b.md"]  # a.txt once
    assert summary["failed"] == [] and summary["interrupted"] is None
    assert [Path(path).name for path in summary["skipped"]] == ["c.png"]
    assert {item["file_id"] for item in summary["completed"]} == {item.id for item in client.files.list()}


def test_missing_store_without_create_uploads_nothing(run: Run, client: OpenAI, tmp_path: Path) -> None:
    folder = write_files(tmp_path / "docs", {"a.txt": "alpha"})

    result = run("upload", str(folder), "--store", "nowhere")

    assert result.exit_code == 1
    assert "no vector store named 'nowhere' (add --create to create it" in result.stderr
    assert list(client.files.list()) == []
    assert list(client.vector_stores.list()) == []


def test_nothing_to_upload(run: Run, client: OpenAI, tmp_path: Path) -> None:
    folder = write_files(tmp_path / "assets", {"a.bin": b"\x00", "b.exe": b"MZ"})

    result = run("upload", str(folder), "--store", "x", "--create")

    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1].startswith("error: nothing to upload")
    assert list(client.vector_stores.list()) == []  # no store created for nothing


def test_progress_bars_in_a_terminal(run: Run, tmp_path: Path) -> None:
    """FORCE_COLOR makes rich treat the streams as a terminal: both bars are drawn on stderr, in
    colour, and stdout still holds only the summary."""
    folder = write_files(tmp_path / "docs", {f"doc{number}.txt": f"document number {number}" for number in range(8)})

    result = run("upload", str(folder), "-s", "bars", "--create", env={"FORCE_COLOR": "1", "COLUMNS": "120"})

    assert result.exit_code == 0, result.output
    assert "Uploading" in result.stderr and "Processing" in result.stderr
    assert "8/8 files" in result.stderr
    assert "\x1b[" in result.stderr  # colour and cursor control
    assert "Uploaded 8 of 8 files" in result.stdout


def test_no_bars_and_no_colour_in_a_pipe(run: Run, tmp_path: Path) -> None:
    folder = write_files(tmp_path / "docs", {"a.txt": "alpha"})

    result = run("upload", str(folder), "-s", "quiet", "--create")

    assert result.exit_code == 0, result.output
    assert "\x1b[" not in result.output
    assert "Uploading" not in result.stderr  # the status line says "uploading", the bar would say "Uploading"
