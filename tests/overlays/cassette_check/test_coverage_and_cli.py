"""``check --coverage``: per operation, the interactions that exercise it and what none
exercises; ``--json`` for tools; exit codes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from vectorstores._cassette_check import shipped_document
from vectorstores.testing import main

from .support import REPO, SUITE

FILE = {
    "id": "file-a",
    "object": "file",
    "bytes": 5,
    "created_at": 1,
    "filename": "a.txt",
    "purpose": "assistants",
    "status": "processed",
}
STORE = {
    "id": "vs_a", "object": "vector_store", "created_at": 1, "name": "n", "usage_bytes": 0, "status": "completed",
    "file_counts": {"in_progress": 0, "completed": 0, "failed": 0, "cancelled": 0, "total": 0},
    "last_active_at": 1, "metadata": None,
}  # fmt: skip


def _entry(method: str, uri: str, body: Any, status: int, answer: Any) -> dict[str, Any]:
    return {
        "RequestUri": f"https://api.openai.com/v1{uri}",
        "RequestMethod": method,
        "RequestHeaders": {"Content-Type": "application/json"} if body is not None else {},
        "RequestBody": body,
        "StatusCode": status,
        "ResponseHeaders": {"Content-Type": "application/json"},
        "ResponseBody": answer,
    }


@pytest.fixture
def recording(tmp_path: Path) -> Path:
    entries = [
        _entry(
            "GET",
            "/files?limit=2",
            None,
            200,
            {"object": "list", "data": [FILE], "first_id": "file-a", "last_id": "file-a", "has_more": False},
        ),
        _entry("POST", "/vector_stores", {"name": "n"}, 200, STORE),
        _entry(
            "GET",
            "/vector_stores/vs_a",
            None,
            429,
            {"error": {"message": "slow down", "type": "requests", "param": None, "code": None}},
        ),
    ]
    path = tmp_path / "session.json"
    path.write_text(json.dumps({"Entries": entries}), encoding="utf-8")
    return path


def test_coverage_json(recording: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(recording), "--json", "--coverage"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["exchanges"] == 3 and result["violations"] == []
    rows = {row["operation"]: row for row in result["coverage"]}
    assert len(rows) == len(shipped_document().operations)
    files = rows["GET /files"]
    assert files["exchanges"] == 1
    assert files["query_parameters_never_recorded"] == ["purpose", "order", "after"]
    assert files["enum_values_never_recorded"]["order"] == ["asc", "desc"]
    # Every purpose is missing but the recorded one.
    assert "assistants" not in files["enum_values_never_recorded"]["OpenAIFile.purpose"]
    create = rows["POST /vector_stores"]
    assert create["exchanges"] == 1
    assert "CreateVectorStoreRequest.file_ids" in create["request_properties_never_recorded"]
    assert "CreateVectorStoreRequest.name" not in create["request_properties_never_recorded"]
    assert create["error_statuses_never_recorded"] == ["429"]
    assert rows["GET /vector_stores/{vector_store_id}"]["error_statuses_never_recorded"] == []
    assert rows["DELETE /files/{file_id}"]["exchanges"] == 0


def test_table_and_exit_status(recording: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(recording), "--coverage"]) == 0
    out = capsys.readouterr().out
    assert "session.json: 3 interactions checked, 0 violations" in out
    table = [line for line in out.splitlines() if line.startswith("GET /files ")]
    assert table and table[0].split()[2] == "1"
    data = json.loads(recording.read_text(encoding="utf-8"))
    data["Entries"][1]["RequestBody"] = {"name": 5}
    recording.write_text(json.dumps(data), encoding="utf-8")
    assert main(["check", str(recording)]) == 1
    assert "session.json #2 POST /vector_stores request.body.name: 5 is not of type 'string'" in capsys.readouterr().out
    assert main(["check", str(recording.parent / "absent")]) == 2


def test_spec_is_used_as_given_and_the_patched_one_is_what_the_sdk_ships(capsys: pytest.CaptureFixture[str]) -> None:
    """``--spec openapi.yaml`` is the unpatched slice, which the suite's cassettes break (the
    patches exist because the real API differs); the patched document the package ships, given by
    path or by default, fits them."""
    suite, spec = str(SUITE), str(REPO / "openapi.yaml")
    patched = str(REPO / "generated" / "vectorstores_raw" / "openapi.json")
    assert main(["check", suite, "--spec", spec]) == 1
    assert "'vector_store.file_batch' is not one of ['vector_store.files_batch']" in capsys.readouterr().out
    assert main(["check", suite, "--spec", patched]) == 0
    assert capsys.readouterr().out.splitlines()[-1].endswith(f"0 violations of {patched}; 0 files not read")
    assert main(["check", suite]) == 0
    assert (
        capsys.readouterr()
        .out.splitlines()[-1]
        .endswith("0 violations of vectorstores_raw/openapi.json; 0 files not read")
    )
