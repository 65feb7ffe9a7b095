"""Injected faults through plain httpx2: statuses with retry hints, delays, drops, truncation, counting
down, matching, and the request log that records them."""

from __future__ import annotations

import time
from typing import Any

import httpx2
import pytest

from .conftest import Control, Served
from .support import error, ids, ok, store


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_server_error_statuses(http: httpx2.Client, control: Control, status: int) -> None:
    """A 5xx fault answers in the API's error envelope, as a server error, with a request id."""
    control.fault(method="GET", path="/v1/vector_stores", status=status)
    found = error(http.get("/vector_stores"), status)
    assert found["type"] == "server_error"
    assert found["message"] == f"Injected fault: {status}."
    assert ok(http.get("/vector_stores"))["data"] == []


def test_rate_limit_with_retry_after(http: httpx2.Client, control: Control) -> None:
    control.fault(path="/v1/files", status=429, retry_after="2", message="Rate limit reached.")
    response = http.get("/files")
    found = error(response, 429)
    assert found["message"] == "Rate limit reached."
    assert found["type"] == "invalid_request_error"
    assert response.headers["retry-after"] == "2"
    assert "retry-after-ms" not in response.headers


def test_retry_after_ms_and_extra_headers_are_echoed(http: httpx2.Client, control: Control) -> None:
    control.fault(status=503, retry_after_ms=150, retry_after="1", headers={"x-ratelimit-remaining-requests": "0"})
    response = http.get("/files")
    error(response, 503)
    assert response.headers["retry-after-ms"] == "150"
    assert response.headers["retry-after"] == "1"
    assert response.headers["x-ratelimit-remaining-requests"] == "0"


@pytest.mark.parametrize("status", [408, 409])
def test_client_error_statuses(http: httpx2.Client, control: Control, status: int) -> None:
    """A 4xx fault answers before the handler runs: the store is not created."""
    control.fault(method="POST", path="/v1/vector_stores", status=status)
    found = error(http.post("/vector_stores", json={"name": "never"}), status)
    assert found["type"] == "invalid_request_error"
    assert ok(http.get("/vector_stores"))["data"] == []


def test_delay_then_a_normal_answer(http: httpx2.Client, control: Control) -> None:
    control.fault(path="/v1/vector_stores", delay_ms=300)
    started = time.monotonic()
    created = store(http, name="slow")
    assert time.monotonic() - started >= 0.3
    assert created["name"] == "slow"
    started = time.monotonic()
    store(http, name="fast")
    assert time.monotonic() - started < 0.3
    [entry, after] = [e for e in control.requests() if e["method"] == "POST"]
    assert (entry["fault"], entry["status"]) == ("delay", 200)
    assert after["fault"] is None


def test_delay_with_a_status(http: httpx2.Client, control: Control) -> None:
    control.fault(delay_ms=200, status=502)
    started = time.monotonic()
    error(http.get("/files"), 502)
    assert time.monotonic() - started >= 0.2


def test_drop_closes_the_connection_without_an_answer(http: httpx2.Client, control: Control) -> None:
    """The request arrives (it is logged) but the connection closes before any answer."""
    control.fault(method="POST", path="/v1/vector_stores", drop=True)
    with pytest.raises(httpx2.RemoteProtocolError):
        http.post("/vector_stores", json={"name": "dropped"})
    # The next request, on a fresh connection, is answered normally; the dropped one did nothing.
    assert ok(http.get("/vector_stores"))["data"] == []
    dropped = control.requests()[0]
    assert (dropped["method"], dropped["path"], dropped["fault"]) == ("POST", "/v1/vector_stores", "drop")
    assert dropped["status"] is None


def test_drop_is_a_transport_error(http: httpx2.Client, control: Control) -> None:
    control.fault(drop=True)
    with pytest.raises(httpx2.TransportError):
        http.get("/files")


def test_truncate_cuts_the_body_short(http: httpx2.Client, control: Control) -> None:
    """The operation really runs, but only half of its answer arrives before the connection closes."""
    control.fault(method="POST", path="/v1/vector_stores", truncate=True)
    with pytest.raises(httpx2.RemoteProtocolError):
        http.post("/vector_stores", json={"name": "half-told"})
    # The store was made: truncation hides the answer, not the effect.
    assert [item["name"] for item in ok(http.get("/vector_stores"))["data"]] == ["half-told"]
    entry = control.requests()[0]
    assert (entry["fault"], entry["status"]) == ("truncate", 200)


def test_truncated_stream_is_shorter_than_its_length(http: httpx2.Client, control: Control, emulator: Served) -> None:
    """Read as a stream: the headers promise more bytes than arrive before the connection closes."""
    control.fault(method="GET", path="/v1/vector_stores", truncate=True)
    received = bytearray()
    with http.stream("GET", "/vector_stores") as response:
        promised = int(response.headers["content-length"])
        with pytest.raises(httpx2.RemoteProtocolError):
            for piece in response.iter_raw():
                received += piece
    assert 0 < len(received) < promised


def test_times_counts_down(http: httpx2.Client, control: Control) -> None:
    """Three faults, then normal answers again."""
    control.fault(path="/v1/files", status=503, times=3)
    statuses = [http.get("/files").status_code for _ in range(5)]
    assert statuses == [503, 503, 503, 200, 200]
    assert [entry["fault"] for entry in control.requests()] == ["status"] * 3 + [None] * 2


def test_after_lets_requests_through_first(http: httpx2.Client, control: Control) -> None:
    """Faults spread over a run: each counts the matching requests it lets pass before it starts."""
    control.fault(path="/v1/vector_stores", status=503, after=2)
    control.fault(path="/v1/vector_stores", status=502, after=4)
    statuses = [http.get("/vector_stores").status_code for _ in range(7)]
    assert statuses == [200, 200, 503, 200, 502, 200, 200]


def test_faults_match_method_and_path(http: httpx2.Client, control: Control) -> None:
    """Only requests matching both the method and the path glob are hit."""
    control.fault(method="POST", path="/v1/vector_stores/*/search", status=500, times=5)
    control.fault(method="DELETE", path="/v1/files*", status=409)
    created = store(http)
    assert ok(http.get(f"/vector_stores/{created['id']}"))["id"] == created["id"]
    ok(http.post(f"/vector_stores/{created['id']}", json={"name": "renamed"}))
    error(http.post(f"/vector_stores/{created['id']}/search", json={"query": "x"}), 500)
    ok(http.get("/files"))
    error(http.delete("/files/file-anything"), 409)
    error(http.delete("/files/file-anything"), 404)  # the 409 was used up; now the real answer
    hits = [(entry["method"], entry["path"], entry["fault"]) for entry in control.requests() if entry["fault"]]
    assert hits == [
        ("POST", f"/v1/vector_stores/{created['id']}/search", "status"),
        ("DELETE", "/v1/files/file-anything", "status"),
    ]


def test_faults_are_used_in_the_order_armed(http: httpx2.Client, control: Control) -> None:
    control.fault(path="/v1/files", status=502)
    control.fault(path="/v1/*", status=504)
    assert [http.get("/files").status_code for _ in range(3)] == [502, 504, 200]


def test_faults_apply_before_the_key_check(emulator: Served, control: Control) -> None:
    """A fault answers even a request without a key, as a failing proxy in front of the API would."""
    control.fault(status=503)
    with httpx2.Client(base_url=emulator.base_url) as anonymous:
        error(anonymous.get("/files"), 503)
        error(anonymous.get("/files"), 401)


def test_the_log_records_every_request(http: httpx2.Client, control: Control) -> None:
    """Method, path, query, status, fault and the request id each answer carried, in order."""
    control.fault(method="GET", path="/v1/files", status=500)
    answers = [
        http.get("/files", params={"limit": 2, "order": "asc"}),
        http.post("/vector_stores", json={}),
        http.get("/vector_stores/vs_missing"),
    ]
    entries = control.requests()
    assert [(e["method"], e["path"], e["status"], e["fault"]) for e in entries] == [
        ("GET", "/v1/files", 500, "status"),
        ("POST", "/v1/vector_stores", 200, None),
        ("GET", "/v1/vector_stores/vs_missing", 404, None),
    ]
    assert entries[0]["query"] == "limit=2&order=asc"
    assert [e["request_id"] for e in entries] == [answer.headers["x-request-id"] for answer in answers]
    assert len({e["request_id"] for e in entries}) == 3


def test_control_paths_are_not_logged_or_faulted(http: httpx2.Client, control: Control) -> None:
    control.fault(path="*", status=500)
    assert control.http.get("/health").json() == {"ok": True}
    assert control.requests() == []
    error(http.get("/files"), 500)


def test_armed_faults_can_be_listed_and_cleared(http: httpx2.Client, control: Control) -> None:
    control.fault(path="/v1/files", status=500, times=2)
    armed = control.http.get("/faults").json()["faults"]
    assert [(fault["path"], fault["status"], fault["times"]) for fault in armed] == [("/v1/files", 500, 2)]
    control.http.delete("/faults").raise_for_status()
    assert ids(ok(http.get("/files"))) == []


# Bad fault specs and the field each 400 must name.
BAD_SPECS: list[tuple[dict[str, Any], str]] = [
    ({"status": 500, "colour": "red"}, "colour"),
    ({"status": 200}, "status"),
    ({"status": 600}, "status"),
    ({"status": "500"}, "status"),
    ({"status": 500, "times": 0}, "times"),
    ({"status": 500, "times": True}, "times"),
    ({"delay_ms": -1}, "delay_ms"),
    ({"status": 500, "drop": True}, "status"),
    ({"drop": True, "truncate": True}, "status"),
    ({"times": 2}, "status"),
    ({"drop": "yes"}, "drop"),
    ({"status": 429, "retry_after": 2}, "retry_after"),
    ({"status": 429, "retry_after_ms": "150"}, "retry_after_ms"),
    ({"status": 500, "headers": ["x"]}, "headers"),
    ({"status": 500, "headers": {"x-a": 1}}, "headers"),
    ({"status": 500, "headers": {"bad name": "v"}}, "headers"),
    ({"status": 500, "headers": {"x-a": "v\r\nx-b: injected"}}, "headers"),
    ({"status": 500, "message": 5}, "message"),
    ({"status": 500, "path": 5}, "path"),
    ({"faults": 5}, "faults"),
    ({"faults": [{"status": 500}, {"status": 1}]}, "status"),
]


def test_a_bad_fault_spec_is_refused(http: httpx2.Client, control: Control) -> None:
    """Refused with a 400 naming the field, and nothing of it is armed (not even its good part)."""
    for spec, param in BAD_SPECS:
        response = control.http.post("/faults", json=spec)
        assert response.status_code == 400, (spec, response.text)
        assert response.json()["error"]["param"] == param, spec
        assert control.http.get("/faults").json()["faults"] == []
    assert ok(http.get("/files"))["data"] == []
    assert all(entry["fault"] is None for entry in control.requests())


def test_a_non_json_fault_is_refused(control: Control) -> None:
    response = control.http.post("/faults", content=b"{nope", headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert control.http.post("/faults", json=[{"status": 500}]).status_code == 400
