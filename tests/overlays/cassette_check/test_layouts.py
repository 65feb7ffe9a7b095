"""Recordings of every layout the checker reads: plain vcrpy cassettes (YAML and JSON) recorded
here against the emulator, bodies stored gzip-compressed, as bytes or base64, Ruby VCR and
test-proxy records; and a one-line reason for a file that is none of these."""

from __future__ import annotations

import base64
import gzip
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import vcr
from vectorstores import OpenAI
from vectorstores._cassette_check import RecordingError, check_paths, read_recording, shipped_document
from vectorstores._cassette_check.cli import main
from vectorstores_emulator.launch import running

KEY = "sk-layouts-00000000"


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with running("--api-key", KEY, "--seed", "7") as url:
        yield url


def _record(base_url: str, path: Path, serializer: str) -> None:
    recorder = vcr.VCR(serializer=serializer, record_mode="once", filter_headers=["authorization"])
    with recorder.use_cassette(str(path)), OpenAI(api_key=KEY, base_url=base_url) as client:
        store = client.vector_stores.create(name="plain vcrpy", metadata={"team": "a"})
        uploaded = client.files.create(file=("a.txt", b"alpha beta"), purpose="assistants")
        client.vector_stores.files.create(store.id, file_id=uploaded.id)
        list(client.vector_stores.files.list(store.id, limit=5, order="asc"))
        client.vector_stores.search(store.id, query="alpha")


@pytest.mark.parametrize("serializer", ["yaml", "json"])
def test_plain_vcrpy_cassettes_are_read_and_fit(base_url: str, tmp_path: Path, serializer: str) -> None:
    path = tmp_path / f"plain.{serializer}"
    _record(base_url, path, serializer)
    recording = read_recording(path)
    assert recording.layout == "vcrpy"
    assert [e.method for e in recording.exchanges] == ["POST", "POST", "POST", "GET", "POST"]
    report = check_paths([path], shipped_document())
    assert [v.line() for v in report.violations] == []
    labels = [each.match.label for each in report.checked]
    assert labels[-1] == "POST /vector_stores/{vector_store_id}/search"


def _vcrpy_yaml(tmp_path: Path, response_body: object, headers: dict[str, list[str]]) -> Path:
    import yaml

    interaction = {
        "request": {"method": "GET", "uri": "https://api.openai.com/v1/files/file-abc", "body": None, "headers": {}},
        "response": {"status": {"code": 200, "message": "OK"}, "headers": headers, "body": {"string": response_body}},
    }
    path = tmp_path / "stored.yaml"
    path.write_text(yaml.safe_dump({"interactions": [interaction], "version": 1}), encoding="utf-8")
    return path


FILE = {
    "id": "file-abc",
    "object": "file",
    "bytes": 5,
    "created_at": 1,
    "filename": "a.txt",
    "purpose": "assistants",
    "status": "processed",
}


@pytest.mark.parametrize("stored", ["text", "bytes", "gzip"])
def test_bodies_as_text_bytes_or_gzip(tmp_path: Path, stored: str) -> None:
    text = json.dumps({**FILE, "bytes": "five"})  # one defect, so the body is known to be read
    body: object = {"text": text, "bytes": text.encode(), "gzip": gzip.compress(text.encode())}[stored]
    headers = {"Content-Type": ["application/json"]} | ({"Content-Encoding": ["gzip"]} if stored == "gzip" else {})
    report = check_paths([_vcrpy_yaml(tmp_path, body, headers)], shipped_document())
    assert [(v.where, v.expected) for v in report.violations] == [
        ("response.body.bytes", "'five' is not of type 'integer'")
    ]


def test_base64_bodies_of_ruby_vcr_and_test_proxy(tmp_path: Path) -> None:
    import yaml

    ruby = {
        "http_interactions": [
            {
                "request": {
                    "method": "get",
                    "uri": "https://api.openai.com/v1/files/file-abc",
                    "body": {"encoding": "UTF-8", "string": ""},
                    "headers": {},
                },
                "response": {
                    "status": {"code": 200, "message": "OK"},
                    "headers": {"Content-Type": ["application/json"]},
                    "body": {
                        "encoding": "ASCII-8BIT",
                        "base64_string": base64.b64encode(json.dumps(FILE).encode()).decode(),
                    },
                },
            }
        ]
    }
    proxy = {
        "Entries": [
            {
                "RequestUri": "https://api.openai.com/v1/files?limit=2&order=sideways",
                "RequestMethod": "GET",
                "RequestHeaders": {},
                "RequestBody": None,
                "StatusCode": 200,
                "ResponseHeaders": {"Content-Type": "application/json"},
                "ResponseBody": {
                    "object": "list",
                    "data": [FILE],
                    "first_id": "file-abc",
                    "last_id": "file-abc",
                    "has_more": False,
                },
            }
        ]
    }
    (tmp_path / "ruby.yml").write_text(yaml.safe_dump(ruby), encoding="utf-8")
    (tmp_path / "proxy.json").write_text(json.dumps(proxy), encoding="utf-8")
    assert read_recording(tmp_path / "ruby.yml").layout == "ruby-vcr"
    assert read_recording(tmp_path / "proxy.json").layout == "test-proxy"
    report = check_paths([tmp_path], shipped_document())
    assert report.files == {f"{tmp_path.name}/proxy.json": 1, f"{tmp_path.name}/ruby.yml": 1}
    assert [(v.cassette.rsplit("/", 1)[-1], v.where) for v in report.violations] == [
        ("proxy.json", "request.query.order")
    ]


def test_a_file_that_is_no_recording_gets_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "settings.yaml").write_text("name: not a cassette\n", encoding="utf-8")
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    with pytest.raises(RecordingError, match="not a recording"):
        read_recording(tmp_path / "settings.yaml")
    assert main([str(tmp_path)]) == 1
    out = capsys.readouterr().out.splitlines()
    unread = [line for line in out if ": not read: " in line]
    assert len(unread) == 2
    assert any(line.startswith(f"{tmp_path.name}/broken.json: not read: not valid JSON") for line in unread)
