"""vectorstores.testing: what users get to record and replay their own cassettes."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
from vcr.request import Request
from vectorstores import AsyncOpenAI, OpenAI
from vectorstores.testing import (
    InstantClock,
    ReadableYaml,
    body_fields,
    find_secrets,
    instant,
    make_vcr,
    match_body_fields,
    scrub,
)


def _request(body: bytes, content_type: str) -> Request:
    return Request("POST", "http://api.test/v1/files", body, {"content-type": content_type})


def _multipart(boundary: str) -> tuple[bytes, str]:
    request = httpx.Request(
        "POST", "http://api.test/v1/files", files={"file": ("a.txt", b"hello")}, data={"purpose": "assistants"}
    )
    content_type = request.headers["content-type"]
    body = request.read().replace(content_type.split("boundary=")[1].encode(), boundary.encode())
    return body, f"multipart/form-data; boundary={boundary}"


def test_multipart_bodies_match_whatever_their_boundary() -> None:
    first, second = _multipart("aaaa1111"), _multipart("bbbb2222")
    assert first[0] != second[0]
    match_body_fields(_request(*first), _request(*second))
    assert body_fields(_request(*first)) == [("purpose", None, b"assistants"), ("file", "a.txt", b"hello")]


def test_json_bodies_match_by_content_not_spelling() -> None:
    match_body_fields(
        _request(b'{"a": 1, "b": [1, 2]}', "application/json"), _request(b'{"b":[1,2],"a":1}', "application/json")
    )
    with pytest.raises(AssertionError, match="differ"):
        match_body_fields(_request(b'{"a": 1}', "application/json"), _request(b'{"a": 2}', "application/json"))


def test_keys_are_scrubbed_and_found() -> None:
    text = "Bearer sk-proj-abcdefghijkl and sk-REDACTED"
    assert find_secrets(text) == ["sk-proj-abcdefghijkl"]
    assert scrub(text) == "Bearer sk-REDACTED and sk-REDACTED"
    assert find_secrets(scrub(text)) == []


def test_cassettes_store_json_decoded_and_read_back_the_same() -> None:
    cassette = {
        "interactions": [
            {
                "request": {
                    "method": "POST",
                    "uri": "http://api.test/v1/vector_stores",
                    "body": '{"name": "x"}',
                    "headers": {"content-type": ["application/json"]},
                },
                "response": {
                    "status": {"code": 200, "message": "OK"},
                    "headers": {"content-type": ["application/json"], "content-length": ["99"]},
                    "body": {"string": '{"id": "vs_1", "name": "x"}'},
                },
            }
        ],
        "version": 1,
    }
    text = ReadableYaml.serialize(cassette)
    assert "json:\n        name: x" in text  # decoded, readable
    back = ReadableYaml.deserialize(text)["interactions"][0]
    assert back["request"]["body"] == b'{"name":"x"}'
    assert back["response"]["body"]["string"] == b'{"id":"vs_1","name":"x"}'
    assert back["response"]["headers"]["content-length"] == [str(len(b'{"id":"vs_1","name":"x"}'))]


def test_binary_bodies_survive_the_round_trip() -> None:
    cassette = {
        "interactions": [
            {
                "request": {"method": "GET", "uri": "http://api.test/v1/files/f/content", "body": None, "headers": {}},
                "response": {"status": {"code": 200, "message": "OK"}, "headers": {}, "body": {"string": b"\xff\x00"}},
            }
        ],
        "version": 1,
    }
    back = ReadableYaml.deserialize(ReadableYaml.serialize(cassette))["interactions"][0]
    assert back["response"]["body"]["string"] == b"\xff\x00"


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        200, json={"id": "vs_1", "object": "vector_store", "name": "x", "leaked": "sk-live-123456789"}
    )


def test_a_recorded_call_replays_without_the_server(tmp_path: Path) -> None:
    recorder = make_vcr(tmp_path, record_mode="once")
    with (
        recorder.use_cassette("store.yaml"),
        OpenAI(
            api_key="sk-user-secret-1234",
            base_url="http://api.test/v1",
            http_client=httpx.Client(transport=httpx.MockTransport(_answer)),
        ) as client,
    ):
        assert client.vector_stores.retrieve("vs_1").name == "x"
    text = (tmp_path / "store.yaml").read_text()
    assert find_secrets(text) == []
    assert "authorization" not in text.lower()

    replayer = make_vcr(tmp_path, record_mode="none")

    def unreachable(request: httpx.Request) -> httpx.Response:
        raise AssertionError("replay must not reach the transport")

    with (
        replayer.use_cassette("store.yaml"),
        OpenAI(
            api_key="sk-other-key-5678",
            base_url="http://api.test/v1",
            http_client=httpx.Client(transport=httpx.MockTransport(unreachable)),
        ) as client,
    ):
        assert client.vector_stores.retrieve("vs_1").name == "x"


def test_instant_clock_counts_waits_without_waiting() -> None:
    clock = InstantClock()
    start = clock.now()
    clock.sleep(30)
    asyncio.run(clock.asleep(5))
    assert clock.now() - start == 35


def test_instant_copies_a_client_with_that_clock() -> None:
    with OpenAI(api_key="sk-test-key-1234", base_url="http://api.test/v1") as client:
        fast = instant(client)
        assert isinstance(fast, OpenAI)
        assert isinstance(fast._clock, InstantClock)
    assert isinstance(instant(AsyncOpenAI(api_key="sk-test-key-1234", base_url="http://api.test/v1")), AsyncOpenAI)
