"""What openai-python's annotations let callers pass reaches the wire as the API reads it:
tuples and generators for arrays, TypedDicts for objects, openai's upload tuples."""

from __future__ import annotations

import pytest
from vectorstores import OpenAI
from vectorstores.types import vector_store_create_params
from vectorstores.types.vector_stores import file_batch_create_params

from .conftest import Recorder, Reply, batch, body_json, file_object, vector_store


def test_tuples_and_generators_are_sent_as_arrays(client: OpenAI, recorder: Recorder) -> None:
    recorder.add("POST", "/vector_stores", Reply(json=vector_store()))
    recorder.add("POST", "/vector_stores/vs_1/search", Reply(json={"object": "vector_store.search_results.page",
                 "search_query": ["a"], "data": [], "has_more": False, "next_page": None}))  # fmt: skip
    recorder.add("POST", "/vector_stores/vs_1/file_batches", Reply(json=batch()))
    expires: vector_store_create_params.ExpiresAfter = {"anchor": "last_active_at", "days": 2}
    client.vector_stores.create(file_ids=("file-1", "file-2"), expires_after=expires)
    client.vector_stores.search("vs_1", query=("a", "b"))
    files: list[file_batch_create_params.File] = [{"file_id": "file-1", "attributes": {"n": 1}}, {"file_id": "file-2"}]
    client.vector_stores.file_batches.create("vs_1", files=(item for item in files))
    sent = [body_json(request) for request in recorder.requests]
    assert sent[0] == {"file_ids": ["file-1", "file-2"], "expires_after": {"anchor": "last_active_at", "days": 2}}
    assert sent[1]["query"] == ["a", "b"]
    assert sent[2] == {"files": [{"file_id": "file-1", "attributes": {"n": 1}}, {"file_id": "file-2"}]}


def test_a_string_for_an_array_is_refused_before_sending(client: OpenAI, recorder: Recorder) -> None:
    with pytest.raises(TypeError, match="file_ids: expected a list"):
        client.vector_stores.create(file_ids="file-1")  # type: ignore[arg-type]
    assert not recorder.requests


def test_extra_body_must_be_a_mapping(client: OpenAI, recorder: Recorder) -> None:
    with pytest.raises(TypeError, match="extra_body must be a mapping"):
        client.vector_stores.create(name="n", extra_body=["x"])
    assert not recorder.requests


def test_openais_upload_tuples(client: OpenAI, recorder: Recorder) -> None:
    """A part's own headers (the 4-tuple) are sent with it; a None name is the content's own."""
    recorder.add("POST", "/files", Reply(json=file_object()))
    recorder.add("POST", "/files", Reply(json=file_object()))
    client.files.create(file=("notes.txt", b"hi", "text/plain", {"X-Part": "one"}), purpose="assistants")
    client.files.create(file=(None, b"hi"), purpose="assistants")
    first, second = (request.content for request in recorder.requests)
    assert b'filename="notes.txt"' in first and b"X-Part: one" in first.replace(b"x-part", b"X-Part")
    assert b'filename="upload"' in second
