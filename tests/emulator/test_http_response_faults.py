"""Stream faults on ``/v1/responses``: a stream cut after N events, and one slowed down."""

from __future__ import annotations

import time

import httpx2
import pytest

from .conftest import Control
from .responses_support import events_of
from .support import ok

BODY = {"model": "gpt-4o-mini", "input": "Hello, model!", "stream": True}


def test_a_cut_stream_ends_without_its_end(http: httpx2.Client, control: Control) -> None:
    control.fault(method="POST", path="/v1/responses", cut_after_events=3)
    received = b""
    with pytest.raises(httpx2.RemoteProtocolError), http.stream("POST", "/responses", json=BODY) as answer:
        assert answer.status_code == 200
        for chunk in answer.iter_bytes():
            received += chunk
    assert [event["sequence_number"] for event in events_of(received.decode())] == [0, 1, 2]
    [entry] = [entry for entry in control.requests() if entry["path"] == "/v1/responses"]
    assert entry["fault"] == "stream"
    # The next stream is whole again: the fault was for one request.
    assert events_of(http.post("/responses", json=BODY).text)[-1]["type"] == "response.completed"


def test_a_replayed_stream_can_be_cut_too(http: httpx2.Client, control: Control) -> None:
    response = ok(http.post("/responses", json={**BODY, "stream": False}))
    control.fault(method="GET", path="/v1/responses/*", cut_after_events=1)
    with pytest.raises(httpx2.RemoteProtocolError):
        http.get(f"/responses/{response['id']}", params={"stream": "true"})


def test_a_slowed_stream_waits_between_events(http: httpx2.Client, control: Control) -> None:
    started = time.monotonic()
    whole = events_of(http.post("/responses", json=BODY).text)
    quick = time.monotonic() - started
    control.fault(method="POST", path="/v1/responses", event_delay_ms=20)
    started = time.monotonic()
    slowed = events_of(http.post("/responses", json=BODY).text)
    assert time.monotonic() - started >= 0.02 * (len(slowed) - 1)
    assert len(slowed) == len(whole) and time.monotonic() - started > quick


def test_a_stream_fault_leaves_json_answers_alone(http: httpx2.Client, control: Control) -> None:
    control.fault(method="POST", path="/v1/responses", cut_after_events=0)
    assert ok(http.post("/responses", json={**BODY, "stream": False}))["status"] == "completed"


@pytest.mark.parametrize(
    "spec", [{"cut_after_events": -1}, {"event_delay_ms": "slow"}, {"cut_after_events": 1, "drop": True}]
)
def test_bad_stream_faults_are_refused(control: Control, spec: dict[str, object]) -> None:
    found = control.http.post("/faults", json=spec)
    assert found.status_code == 400
    assert found.json()["error"]["message"]
    assert control.http.get("/faults").json() == {"faults": []}
