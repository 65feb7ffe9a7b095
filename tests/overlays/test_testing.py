"""vectorstores.testing: what users get to record and replay their own cassettes."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx2
import pytest
import yaml
from vcr.request import Request
from vectorstores import AsyncOpenAI, OpenAI
from vectorstores.testing import (
    EPOCH,
    InstantClock,
    ReadableYaml,
    body_fields,
    diff_cassettes,
    find_secrets,
    instant,
    main,
    make_vcr,
    match_body_fields,
    scrub,
)


def _request(body: bytes, content_type: str) -> Request:
    return Request("POST", "http://api.test/v1/files", body, {"content-type": content_type})


def _multipart(boundary: str) -> tuple[bytes, str]:
    request = httpx2.Request(
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


def _answer(request: httpx2.Request) -> httpx2.Response:
    return httpx2.Response(
        200, json={"id": "vs_1", "object": "vector_store", "name": "x", "leaked": "sk-live-123456789"}
    )


def test_a_recorded_call_replays_without_the_server(tmp_path: Path) -> None:
    recorder = make_vcr(tmp_path, record_mode="once")
    with (
        recorder.use_cassette("store.yaml"),
        OpenAI(
            api_key="sk-user-secret-1234",
            base_url="http://api.test/v1",
            http_client=httpx2.Client(transport=httpx2.MockTransport(_answer)),
        ) as client,
    ):
        assert client.vector_stores.retrieve("vs_1").name == "x"
    text = (tmp_path / "store.yaml").read_text()
    assert find_secrets(text) == []
    assert "authorization" not in text.lower()

    replayer = make_vcr(tmp_path, record_mode="none")

    def unreachable(request: httpx2.Request) -> httpx2.Response:
        raise AssertionError("replay must not reach the transport")

    with (
        replayer.use_cassette("store.yaml"),
        OpenAI(
            api_key="sk-other-key-5678",
            base_url="http://api.test/v1",
            http_client=httpx2.Client(transport=httpx2.MockTransport(unreachable)),
        ) as client,
    ):
        assert client.vector_stores.retrieve("vs_1").name == "x"


def test_instant_clock_counts_waits_without_waiting() -> None:
    clock = InstantClock()
    start = clock.now()
    clock.sleep(30)
    asyncio.run(clock.asleep(5))
    assert clock.now() - start == pytest.approx(35)  # monotonic time is a float: no exact sums


def test_instant_copies_a_client_with_that_clock() -> None:
    with OpenAI(api_key="sk-test-key-1234", base_url="http://api.test/v1") as client:
        fast = instant(client)
        assert isinstance(fast, OpenAI)
        assert isinstance(fast._clock, InstantClock)
    assert isinstance(instant(AsyncOpenAI(api_key="sk-test-key-1234", base_url="http://api.test/v1")), AsyncOpenAI)


def _interaction(method: str, uri: str, body: Any, answer: Any, **headers: str) -> dict[str, Any]:
    return {
        "request": {
            "method": method,
            "uri": uri,
            "body": None if body is None else json.dumps(body),
            "headers": {"content-type": ["application/json"], "user-agent": ["vectorstores-python/0.1.0 Python/3.11"]},
        },
        "response": {
            "status": {"code": 200, "message": "OK"},
            "headers": {"content-type": ["application/json"], "date": ["Thu, 03 Dec 2026 08:00:00 GMT"]}
            | {name.replace("_", "-"): [value] for name, value in headers.items()},
            "body": {"string": json.dumps(answer)},
        },
    }


STORE = "vs_" + "a1" * 16
OTHER = "vs_" + "b2" * 16
FILE = "file-" + "Xy9" * 7 + "z"
KEPT = "file-" + "Kq7" * 7 + "k"


def _recorded(interactions: list[dict[str, Any]]) -> Any:
    return yaml.safe_load(ReadableYaml.serialize({"interactions": interactions, "version": 1}))["interactions"]


def test_ids_become_placeholders_in_order_of_first_appearance_everywhere() -> None:
    recorded = _recorded(
        [
            _interaction(
                "POST",
                "http://127.0.0.1:41234/v1/vector_stores",
                {"name": "x"},
                {"id": STORE},
                x_request_id="req_" + "f" * 32,
            ),
            _interaction("POST", "http://127.0.0.1:41234/v1/vector_stores", {"name": "y"}, {"id": OTHER}),
            _interaction("POST", "http://127.0.0.1:41234/v1/files", None, {"id": FILE}),
            # An id the test brought (first seen in a request) is kept: replay will bring it again.
            _interaction("GET", f"http://127.0.0.1:41234/v1/files/{KEPT}", None, {"id": KEPT}),
            _interaction(
                "POST",
                f"http://127.0.0.1:41234/v1/vector_stores/{OTHER}/files?after={STORE}",
                {"file_id": FILE},
                {"id": FILE, "vector_store_id": OTHER, "attributes": {"from": STORE}},
            ),
        ]
    )
    assert [item["response"]["body"]["json"]["id"] for item in recorded] == ["vs_1", "vs_2", "file-1", KEPT, "file-1"]
    assert recorded[3]["request"]["uri"] == f"http://localhost/v1/files/{KEPT}"
    assert recorded[4]["request"]["uri"] == "http://localhost/v1/vector_stores/vs_2/files?after=vs_1"
    assert recorded[4]["request"]["body"]["json"] == {"file_id": "file-1"}
    assert recorded[4]["response"]["body"]["json"] == {
        "id": "file-1",
        "vector_store_id": "vs_2",
        "attributes": {"from": "vs_1"},
    }
    assert recorded[0]["response"]["headers"] == {"content-type": ["application/json"], "x-request-id": ["req_1"]}
    assert recorded[0]["request"]["headers"]["user-agent"] == ["vectorstores-python Python"]


def test_response_ids_times_and_padding_are_stable_in_event_streams_too() -> None:
    response, message, search = "resp_" + "7c" * 25, "msg_" + "d4" * 25, "fs_" + "e5" * 25
    answer = {"id": response, "output": [{"id": search}, {"id": message}]}
    streamed = _interaction("POST", "http://127.0.0.1:41234/v1/responses", {"stream": True}, None)
    streamed["response"]["headers"]["content-type"] = ["text/event-stream; charset=utf-8"]
    created = {"type": "response.created", "response": {"id": response, "created_at": 1_790_000_123}}
    event = {"type": "response.output_text.delta", "item_id": message, "delta": "Hi", "obfuscation": "q8Zr1"}
    streamed["response"]["body"] = {
        "string": "".join(f"event: {e['type']}\ndata: {json.dumps(e)}\n\n" for e in (created, event))
    }
    recorded = _recorded(
        [
            _interaction("POST", "http://127.0.0.1:41234/v1/responses", {"input": "x"}, answer),
            streamed,
            _interaction("DELETE", f"http://127.0.0.1:41234/v1/responses/{response}", None, {"id": response}),
        ]
    )
    assert recorded[0]["response"]["body"]["json"] == {"id": "resp_1", "output": [{"id": "fs_1"}, {"id": "msg_1"}]}
    # Each event's JSON is normalised as a body is: ids, the timestamp (the first read: EPOCH), and
    # the random padding of a delta, kept at its length.
    assert recorded[1]["response"]["body"]["text"] == (
        'event: response.created\ndata: {"type":"response.created","response":{"id":"resp_1","created_at":'
        f"{EPOCH}}}}}\n\n"
        'event: response.output_text.delta\ndata: {"type":"response.output_text.delta","item_id":"msg_1",'
        '"delta":"Hi","obfuscation":"xxxxx"}\n\n'
    )
    assert recorded[2]["request"]["uri"] == "http://localhost/v1/responses/resp_1"


def test_timestamps_start_at_a_fixed_instant_and_keep_whole_hours_apart() -> None:
    created, week = 1_790_000_123, 7 * 24 * 3600
    answer = {"created_at": created + 5, "last_active_at": created + 9, "expires_at": created + 9 + week}
    recorded = _recorded(
        [
            _interaction("GET", f"http://api.test/v1/vector_stores/{STORE}", None, {"created_at": created}),
            _interaction(
                "GET", f"http://api.test/v1/vector_stores/{STORE}", None, answer | {"metadata": {"seen_at": 5}}
            ),
        ]
    )
    assert recorded[0]["response"]["body"]["json"] == {"created_at": EPOCH}
    assert recorded[1]["response"]["body"]["json"] == {
        "created_at": EPOCH,
        "last_active_at": EPOCH,
        "expires_at": EPOCH + week,
        "metadata": {"seen_at": 5},  # the application's own value, left alone
    }


def test_multipart_boundaries_are_fixed_and_still_match() -> None:
    body, content_type = _multipart("f00dcafe1234")
    request = {
        "method": "POST",
        "uri": "http://api.test/v1/files",
        "body": body,
        "headers": {"Content-Type": [content_type]},
    }
    response = {"status": {"code": 200, "message": "OK"}, "headers": {}, "body": {"string": b"{}"}}
    text = ReadableYaml.serialize({"interactions": [{"request": request, "response": response}], "version": 1})
    assert "f00dcafe1234" not in text
    back = ReadableYaml.deserialize(text)["interactions"][0]["request"]
    assert back["headers"]["Content-Type"] == ["multipart/form-data; boundary=vectorstores-boundary"]
    match_body_fields(_request(body, content_type), _request(back["body"], back["headers"]["Content-Type"][0]))


def _poll(status: str, request_id: str) -> dict[str, Any]:
    uri = f"http://api.test/v1/vector_stores/{STORE}/files/{FILE}"
    return _interaction("GET", uri, None, {"id": FILE, "status": status}, x_request_id=request_id)


def test_runs_of_identical_in_progress_answers_are_stored_once() -> None:
    def polls(waiting: int) -> str:
        answers = [_poll("in_progress", f"req_{n:032x}") for n in range(waiting)] + [
            _poll("completed", "req_" + "e" * 32)
        ]
        return ReadableYaml.serialize({"interactions": answers, "version": 1})

    assert polls(2) == polls(9)
    statuses = [item["response"]["body"]["json"]["status"] for item in yaml.safe_load(polls(9))["interactions"]]
    assert statuses == ["in_progress", "completed"]
    # A finished object asked for twice is asked for twice on replay too.
    done = [_poll("completed", "req_" + "1" * 32), _poll("completed", "req_" + "2" * 32)]
    assert len(_recorded(done)) == 2


def test_an_application_sees_the_same_states_however_slow_the_server(tmp_path: Path) -> None:
    """Recorded twice against a server that takes 1 and then 6 polls to finish: one cassette,
    and replaying it the poll still sees ``in_progress`` before ``completed``."""

    def server(polls_needed: int) -> httpx2.MockTransport:
        polls = iter(range(1, 100))

        def answer(request: httpx2.Request) -> httpx2.Response:
            count = next(polls)
            status = "completed" if count > polls_needed else "in_progress"
            body = {"id": FILE, "object": "vector_store.file", "status": status, "vector_store_id": STORE}
            return httpx2.Response(200, json=body, headers={"x-request-id": f"req_{count:032x}"})

        return httpx2.MockTransport(answer)

    texts, seen = [], []
    for run, polls_needed in enumerate((1, 6)):
        with make_vcr(tmp_path, "once").use_cassette(f"run{run}.yaml"), _client(server(polls_needed)) as client:
            client.vector_stores.files.poll(FILE, vector_store_id=STORE, poll_interval_ms=1)
        texts.append((tmp_path / f"run{run}.yaml").read_text())
    assert texts[0] == texts[1]

    def unreachable(request: httpx2.Request) -> httpx2.Response:
        raise AssertionError("replay must not reach the transport")

    with make_vcr(tmp_path, "none").use_cassette("run1.yaml"), _client(httpx2.MockTransport(unreachable)) as client:
        # The ids are the test's own (first sent in a request), so they are kept and sent again.
        seen.append(client.vector_stores.files.retrieve(FILE, vector_store_id=STORE).status)
        seen.append(client.vector_stores.files.poll(FILE, vector_store_id=STORE).status)
    assert seen == ["in_progress", "completed"]


def _client(transport: httpx2.MockTransport) -> OpenAI:
    return instant(
        OpenAI(
            api_key="sk-test-key-1234", base_url="http://api.test/v1", http_client=httpx2.Client(transport=transport)
        )
    )


def _cassette(*interactions: dict[str, Any]) -> str:
    return ReadableYaml.serialize({"interactions": list(interactions), "version": 1})


def test_a_re_recording_is_summarised_by_request_and_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    uri = f"http://api.test/v1/vector_stores/{STORE}"
    old = _cassette(
        _interaction("POST", "http://api.test/v1/vector_stores", {"name": "x"}, {"id": STORE, "status": "in_progress"}),
        _interaction("GET", uri, None, {"id": STORE, "status": "in_progress"}),
        _interaction("DELETE", uri, None, {"id": STORE, "deleted": True}),
    )
    new = _cassette(
        _interaction("POST", "http://api.test/v1/vector_stores", {"name": "x"}, {"id": STORE, "status": "completed"}),
        _interaction("GET", "http://api.test/v1/files", None, {"data": []}),
        _interaction("DELETE", uri, None, {"id": STORE, "deleted": True, "extra": 1}),
    )
    assert diff_cassettes(old, old) == []
    assert diff_cassettes(old, new) == [
        "~ POST /v1/vector_stores #1: response.body.json.status: 'in_progress' -> 'completed'",
        "- GET /v1/vector_stores/vs_1",
        "+ GET /v1/files",
        "~ DELETE /v1/vector_stores/vs_1 #3: response.body.json.extra: <absent> -> 1",
    ]
    (tmp_path / "old.yaml").write_text(old)
    (tmp_path / "new.yaml").write_text(new)
    assert main(["diff", str(tmp_path / "old.yaml"), str(tmp_path / "old.yaml")]) == 0
    assert main(["diff", str(tmp_path / "missing.yaml"), str(tmp_path / "new.yaml")]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "+ POST /v1/vector_stores",
        "+ GET /v1/files",
        "+ DELETE /v1/vector_stores/vs_1",
    ]
