"""The loader's own parsing, on small made-up inputs: it decides what the SDK is compared with,
so it must read every multipart dialect the recordings and the SDK use."""

from __future__ import annotations

import json
from pathlib import Path

import httpx2
import pytest

from .traffic import (
    DEFAULT_ROOT,
    ENV_VAR,
    FilePart,
    JsonBody,
    MultipartBody,
    UnrecordedBody,
    load_traffic,
    parse_multipart,
    traffic_root,
)


def test_multipart_as_httpx_writes_it() -> None:
    """httpx2 quotes parameters and escapes a quote in a file name as %22 (HTML5)."""
    request = httpx2.Request(
        "POST",
        "https://api.test/v1/files",
        data={"purpose": "assistants"},
        files=[("file", ('你好 "q".txt', b"\x00binary\r\n\r\ndata", "text/plain"))],
    )
    request.read()
    form = parse_multipart(request.content, request.headers["content-type"])
    assert form == MultipartBody(
        {"purpose": "assistants"}, {"file": FilePart('你好 "q".txt', b"\x00binary\r\n\r\ndata", "text/plain")}
    )


def test_multipart_as_dotnet_writes_it() -> None:
    """openai-dotnet leaves parameters bare, adds ``filename*`` (which wins), and quotes a
    boundary holding ``=``."""
    content = (
        b"--a=b\r\n"
        b"Content-Disposition: form-data; name=file; filename=plain.txt; filename*=utf-8''%E4%BD%A0.txt\r\n"
        b"\r\n"
        b"hello\r\n"
        b"--a=b\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n"
        b"Content-Disposition: form-data; name=purpose\r\n"
        b"\r\n"
        b"user_data\r\n"
        b"--a=b--\r\n"
    )
    form = parse_multipart(content, 'multipart/form-data; boundary="a=b"')
    assert form == MultipartBody({"purpose": "user_data"}, {"file": FilePart("你.txt", b"hello", None)})


def test_multipart_as_llm_rb_writes_it() -> None:
    """llm.rb writes no space between ``name`` and ``filename``."""
    content = (
        b"--B\r\n"
        b'Content-Disposition: form-data; name="file";filename="haiku.txt"\r\n'
        b"Content-Type: text/plain\r\n"
        b"\r\n"
        b"line\n\r\n"
        b"--B\r\n"
        b'Content-Disposition: form-data; name="purpose"\r\n'
        b"\r\n"
        b"assistants\r\n"
        b"--B--\r\n"
    )
    form = parse_multipart(content, "multipart/form-data; boundary=B")
    assert form == MultipartBody({"purpose": "assistants"}, {"file": FilePart("haiku.txt", b"line\n", "text/plain")})


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (b"--B\r\nContent-Disposition: form-data; name=x\r\n\r\n1\r\n", "multipart/form-data; boundary=B"),
        (b"--B--\r\n", "multipart/form-data"),
        (b"--B\r\nContent-Disposition: form-data\r\n\r\n1\r\n--B--\r\n", "multipart/form-data; boundary=B"),
    ],
    ids=["unclosed", "no-boundary", "part-without-name"],
)
def test_malformed_multipart_is_refused(content: bytes, content_type: str) -> None:
    with pytest.raises(ValueError):
        parse_multipart(content, content_type)


def test_location_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    assert traffic_root() == tmp_path
    monkeypatch.delenv(ENV_VAR)
    assert traffic_root() == DEFAULT_ROOT


def test_both_formats_load_into_one_record(tmp_path: Path) -> None:
    """One interaction of each format, with the quirks of each: openai-dotnet keeps JSON parsed
    and drops multipart bodies; VCR keeps every header as a list."""
    (tmp_path / "openai-dotnet").mkdir()
    (tmp_path / "llm.rb").mkdir()
    dotnet_entry = {
        "RequestUri": "https://api.openai.com/v1/files",
        "RequestMethod": "POST",
        "RequestHeaders": {"Content-Type": "multipart/form-data; boundary=x", "Content-Length": "42"},
        "RequestBody": None,
        "StatusCode": 200,
        "ResponseHeaders": {"Content-Type": "application/json", "X-Request-ID": "Sanitized"},
        "ResponseBody": {"object": "file", "id": "file-1"},
    }
    (tmp_path / "openai-dotnet" / "tests__SessionRecords__FilesTests__UploadAsync.json").write_text(
        json.dumps({"Entries": [dotnet_entry], "Variables": {}})
    )
    (tmp_path / "llm.rb" / "spec__fixtures__cassettes__openai__vector_stores__create.yml").write_text(
        "http_interactions:\n"
        "- request:\n"
        "    method: post\n"
        "    uri: https://api.openai.com/v1/vector_stores?x=1\n"
        '    body: {encoding: UTF-8, string: \'{"name":"s"}\'}\n'
        "    headers: {Content-Type: [application/json]}\n"
        "  response:\n"
        "    status: {code: 404, message: Not Found}\n"
        "    headers: {X-Request-Id: [req_1]}\n"
        '    body: {encoding: UTF-8, string: \'{"error": {"message": "m"}}\'}\n'
    )
    dotnet, vcr = load_traffic(tmp_path)

    assert dotnet.id == "openai-dotnet/FilesTests__UploadAsync.json#0"
    assert (dotnet.method, dotnet.path, dotnet.status, dotnet.recorded_async) == ("POST", "/v1/files", 200, True)
    assert dotnet.request_body == UnrecordedBody("multipart/form-data; boundary=x", 42)
    assert dotnet.response_json() == {"object": "file", "id": "file-1"}
    assert dotnet.response_headers["x-request-id"] == "Sanitized"

    assert vcr.id == "llm.rb/vector_stores__create.yml#0"
    assert (vcr.method, vcr.path, vcr.query, vcr.status) == ("POST", "/v1/vector_stores", [("x", "1")], 404)
    assert vcr.request_body == JsonBody({"name": "s"})
    assert vcr.request_headers == {"content-type": "application/json"}
    assert vcr.response_json() == {"error": {"message": "m"}}
    assert vcr.in_scope and not vcr.recorded_async
