"""The suite's own cassettes fit the document; a copy with one planted defect is reported once,
at the right JSON path, with what the document expects."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from vectorstores._cassette_check import check_paths, shipped_document

from .support import SUITE, dump, first, load, response_json


def test_every_suite_cassette_fits_the_document() -> None:
    report = check_paths([SUITE], shipped_document())
    assert report.files and len(report.files) == len(list(SUITE.glob("*.yaml")))
    assert sum(report.files.values()) > 100
    assert [v.line() for v in report.violations] == []
    assert not report.unreadable


def _is_store_file(interaction: dict[str, Any]) -> bool:
    body = response_json(interaction)
    return isinstance(body, dict) and body.get("object") == "vector_store.file"


def _is_uploaded_file(interaction: dict[str, Any]) -> bool:
    body = response_json(interaction)
    return isinstance(body, dict) and body.get("object") == "file" and "bytes" in body


def _is_store_list(interaction: dict[str, Any]) -> bool:
    body = response_json(interaction)
    return interaction["request"]["method"] == "GET" and isinstance(body, dict) and body.get("object") == "list"


def _rename(interaction: dict[str, Any]) -> None:
    body = response_json(interaction)
    body["usage_byte"] = body.pop("usage_bytes")


def _drop(interaction: dict[str, Any]) -> None:
    del response_json(interaction)["created_at"]


def _enum(interaction: dict[str, Any]) -> None:
    response_json(interaction)["status"] = "queued"


def _retype(interaction: dict[str, Any]) -> None:
    body = response_json(interaction)
    body["bytes"] = str(body["bytes"])


def _unknown_path(interaction: dict[str, Any]) -> None:
    interaction["request"]["uri"] = interaction["request"]["uri"].replace("/files", "/filez")


def _status(interaction: dict[str, Any]) -> None:
    interaction["response"]["status"]["code"] = 201


def _query(interaction: dict[str, Any]) -> None:
    uri = interaction["request"]["uri"]
    interaction["request"]["uri"] = uri + ("&" if "?" in uri else "?") + "order=sideways"


def _request_property(interaction: dict[str, Any]) -> None:
    body = interaction["request"]["body"]["json"]
    body["file_idz"] = body.pop("file_id")


DEFECTS: list[tuple[str, str, Callable[[dict[str, Any]], bool], Callable[[dict[str, Any]], None], str, str]] = [
    # cassette, id, which interaction, the defect, where it is reported, what is said
    (
        "store_files-sync.yaml",
        "renamed",
        _is_store_file,
        _rename,
        "response.body.usage_bytes",
        "'usage_byte' is there instead",
    ),
    ("uploads-sync.yaml", "dropped", _is_uploaded_file, _drop, "response.body.created_at", "required property missing"),
    (
        "store_files-sync.yaml",
        "enum",
        _is_store_file,
        _enum,
        "response.body.status",
        "'queued' is not one of ['in_progress', 'completed', 'cancelled', 'failed']",
    ),
    ("uploads-sync.yaml", "type", _is_uploaded_file, _retype, "response.body.bytes", "is not of type 'integer'"),
    (
        "store_files-sync.yaml",
        "path",
        _is_store_file,
        _unknown_path,
        "request.path",
        "no operation of the document has this path",
    ),
    ("uploads-sync.yaml", "status", _is_uploaded_file, _status, "response.status", "201 is not declared"),
    (
        "pagination-sync.yaml",
        "query",
        _is_store_list,
        _query,
        "request.query.order",
        "'sideways' is not one of ['asc', 'desc']",
    ),
    (
        "store_files-sync.yaml",
        "request",
        lambda i: (
            i["request"]["method"] == "POST"
            and _is_store_file(i)
            and "file_id" in (i["request"]["body"] or {}).get("json", {})
        ),
        _request_property,
        "request.body.file_id",
        "'file_idz' is there instead",
    ),
]


@pytest.mark.parametrize(
    ("cassette", "defect", "wanted", "plant", "where", "said"), DEFECTS, ids=[d[1] for d in DEFECTS]
)
def test_a_planted_defect_is_reported_once_at_its_path(
    tmp_path: Path,
    cassette: str,
    defect: str,
    wanted: Callable[[dict[str, Any]], bool],
    plant: Callable[[dict[str, Any]], None],
    where: str,
    said: str,
) -> None:
    document = load(SUITE / cassette)
    number, interaction = first(document, wanted)
    plant(interaction)
    copy = dump(document, tmp_path / cassette)
    report = check_paths([copy], shipped_document())
    assert len(report.violations) == 1, [v.line() for v in report.violations]
    (violation,) = report.violations
    assert (violation.number, violation.where) == (number, where)
    assert said in violation.expected
    assert violation.line().startswith(f"{copy} #{number} ")
