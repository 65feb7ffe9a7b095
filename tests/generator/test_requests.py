"""What the generated operations put on the wire."""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from typing import Any

import httpx2
import pytest
from vectorstores_raw import File
from vectorstores_raw.api.files import create_file, download_file
from vectorstores_raw.api.vector_stores import (
    create_vector_store,
    get_vector_store_file,
    list_vector_store_files,
    search_vector_store,
)

STORE = {"id": "vs_1", "object": "vector_store"}


class Recorder:
    def __init__(self, response: httpx2.Response | None = None) -> None:
        self.requests: list[httpx2.Request] = []
        self.response = response or httpx2.Response(200, json=STORE)

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        return self.response


def test_seed_argument_order_last_path_parameter_positional() -> None:
    parameters = inspect.signature(get_vector_store_file.sync).parameters
    kinds = {name: p.kind for name, p in parameters.items()}
    assert kinds["client"] is inspect.Parameter.POSITIONAL_ONLY
    assert kinds["file_id"] is inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert kinds["vector_store_id"] is inspect.Parameter.KEYWORD_ONLY
    for name in ("extra_headers", "extra_query", "extra_body", "timeout"):
        assert kinds[name] is inspect.Parameter.KEYWORD_ONLY


def test_body_is_flattened_and_plain_dicts_are_accepted(raw_client: Callable[..., Any]) -> None:
    recorder = Recorder()
    create_vector_store.sync(
        raw_client(recorder),
        name="docs",
        file_ids=["file-1"],
        chunking_strategy={"type": "static", "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400}},
        expires_after={"anchor": "last_active_at", "days": 7},
        metadata={"project": "alpha"},
    )
    (request,) = recorder.requests
    assert request.method == "POST" and request.url.path == "/v1/vector_stores"
    assert json.loads(request.content) == {
        "name": "docs",
        "file_ids": ["file-1"],
        "chunking_strategy": {"type": "static", "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400}},
        "expires_after": {"anchor": "last_active_at", "days": 7},
        "metadata": {"project": "alpha"},
    }
    assert request.headers["authorization"] == "Bearer sk-test-key"


def test_omitted_arguments_are_not_sent_and_extras_are_merged(raw_client: Callable[..., Any]) -> None:
    recorder = Recorder(httpx2.Response(200, json={"object": "list", "data": [], "has_more": False}))
    list_vector_store_files.sync(
        raw_client(recorder),
        "vs_1",
        limit=10,
        extra_query={"include": "x"},
        extra_headers={"X-Trace": "t1"},
        timeout=7.5,
    )
    (request,) = recorder.requests
    assert dict(request.url.params) == {"limit": "10", "include": "x"}
    assert request.headers["x-trace"] == "t1"
    assert request.extensions["timeout"]["read"] == 7.5


def test_extra_body_is_added_to_the_json_body(raw_client: Callable[..., Any]) -> None:
    recorder = Recorder(
        httpx2.Response(
            200, json={"object": "p", "search_query": ["q"], "data": [], "has_more": False, "next_page": None}
        )
    )
    search_vector_store.sync(
        raw_client(recorder), "vs_1", query=["a", "b"], max_num_results=5, extra_body={"experimental": True}
    )
    assert json.loads(recorder.requests[0].content) == {"query": ["a", "b"], "max_num_results": 5, "experimental": True}


def test_path_parameters_are_escaped_and_empty_ids_rejected(raw_client: Callable[..., Any]) -> None:
    recorder = Recorder()
    get_vector_store_file.sync(raw_client(recorder), "file?a#..", vector_store_id="vs 1")
    assert recorder.requests[0].url.raw_path == b"/v1/vector_stores/vs%201/files/file%3Fa%23.."
    with pytest.raises(ValueError, match="Expected a non-empty value for `vector_store_id` but received '  '"):
        get_vector_store_file.sync(raw_client(recorder), "file-1", vector_store_id="  ")
    with pytest.raises(ValueError, match=r"Expected `file_id` to be one path segment .* received 'file/\.\./x'"):
        get_vector_store_file.sync(raw_client(recorder), "file/../x", vector_store_id="vs_1")
    with pytest.raises(TypeError, match="`file_id` must be a string, got int"):
        get_vector_store_file.sync(raw_client(recorder), 42, vector_store_id="vs_1")  # type: ignore[arg-type]
    assert len(recorder.requests) == 1


def test_multipart_upload_sends_file_and_bracketed_fields(raw_client: Callable[..., Any]) -> None:
    recorder = Recorder(httpx2.Response(200, json={"id": "file-1", "object": "file", "bytes": 3}))
    created = create_file.sync(
        raw_client(recorder),
        file=File(payload=b"abc", file_name="notes.txt", mime_type="text/plain"),
        purpose="assistants",
        expires_after={"anchor": "created_at", "seconds": 3600},
    )
    assert created.bytes == 3
    body = recorder.requests[0].content
    assert b'name="purpose"\r\n\r\nassistants' in body
    assert b'name="expires_after[anchor]"\r\n\r\ncreated_at' in body
    assert b'name="expires_after[seconds]"\r\n\r\n3600' in body
    assert b'name="file"; filename="notes.txt"' in body and b"\r\n\r\nabc\r\n" in body


def test_file_content_is_returned_as_raw_bytes(raw_client: Callable[..., Any]) -> None:
    payload = bytes(range(256))
    recorder = Recorder(httpx2.Response(200, content=payload, headers={"content-type": "application/octet-stream"}))
    assert download_file.sync(raw_client(recorder), "file-1") == payload
    # It asks for the media type the document gives the answer: a server that negotiates
    # (Prism does) refuses a download whose Accept names only JSON.
    assert recorder.requests[0].headers["accept"] == "application/octet-stream"
