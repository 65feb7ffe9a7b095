"""The emulator against hostile callers: with ``--api-key`` its ``/_emulator`` controls (reset,
faults, request log, clock) refuse a caller without the key, as ``/v1`` does, so nobody else on
the host can wipe its data; and a JSON body nested absurdly deep is a 400 in the API's error
envelope, not a 500."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx2
import pytest

from tests.emulator.conftest import serve, stop

from .conftest import API_KEY, Control, Report, Served

CONTROLS = [
    ("POST", "/_emulator/reset", None),
    ("POST", "/_emulator/faults", {"status": 500, "times": 1}),
    ("GET", "/_emulator/faults", None),
    ("DELETE", "/_emulator/faults", None),
    ("GET", "/_emulator/requests", None),
    ("DELETE", "/_emulator/requests", None),
    ("POST", "/_emulator/clock", {"seconds": 86_400}),
]
CALLERS = {
    "no key": {},
    "wrong key": {"Authorization": "Bearer sk-someone-else-entirely"},
}


def _envelope(response: httpx2.Response) -> bool:
    """The API's error envelope: ``{"error": {"message", "type", "param", "code"}}``."""
    try:
        error = response.json().get("error")
    except ValueError:
        return False
    return isinstance(error, dict) and {"message", "type", "param", "code"} <= set(error)


@pytest.fixture
def raw(server: Served) -> Iterator[httpx2.Client]:
    """Plain httpx2 at the emulator's root, with no credentials of its own."""
    with httpx2.Client(base_url=server.root, timeout=30) as client:
        yield client


@pytest.mark.parametrize("caller", list(CALLERS))
@pytest.mark.parametrize(("method", "path", "body"), CONTROLS, ids=[f"{m} {p}" for m, p, _ in CONTROLS])
def test_control_needs_the_key(
    method: str, path: str, body: Any, caller: str, raw: httpx2.Client, control: Control, report: Report
) -> None:
    """Without the right key a control answers 401 and does nothing: the store made before it
    is still there, no fault is armed, the clock has not moved."""
    keyed = {"Authorization": f"Bearer {API_KEY}"}
    store = raw.post("/v1/vector_stores", json={"name": "keep me"}, headers=keyed).json()["id"]
    clock_before = _now(control)
    response = raw.request(method, path, json=body, headers=CALLERS[caller])
    kept = raw.get(f"/v1/vector_stores/{store}", headers=keyed).status_code == 200
    logged = len(control.requests())  # the create and the read: not cleared
    armed = control.http.get("/faults").json()["faults"]
    moved = _now(control) - clock_before
    untouched = kept and logged == 2 and armed == [] and moved < 3600
    case = f"{method} {path}, {caller}"
    report.check(
        f"{case}: answer",
        "401 in the error envelope",
        f"{response.status_code}{' in the error envelope' if _envelope(response) else ': ' + response.text[:80]}",
        response.status_code == 401 and _envelope(response),
    )
    report.check(
        f"{case}: effect",
        "none (store kept, log kept, no fault armed, clock not moved)",
        f"store {'kept' if kept else 'gone'}, {logged} logged, {len(armed)} armed, clock moved {moved:.0f} s",
        untouched,
    )


def _now(control: Control) -> float:
    """The emulator's clock (moving it by nothing reads it)."""
    now: float = control.http.post("/clock", json={"seconds": 0}).json()["now"]
    return now


@pytest.mark.parametrize(("method", "path", "body"), CONTROLS, ids=[f"{m} {p}" for m, p, _ in CONTROLS])
def test_control_with_the_key_works(
    method: str, path: str, body: Any, raw: httpx2.Client, control: Control, report: Report
) -> None:
    """With the key each control does its job."""
    response = raw.request(method, path, json=body, headers={"Authorization": f"Bearer {API_KEY}"})
    control.http.delete("/faults").raise_for_status()  # an armed fault would hit the next tests
    report.check(f"{method} {path}, with the key", "200", str(response.status_code), response.status_code == 200)


def test_health_stays_open(raw: httpx2.Client, report: Report) -> None:
    """``/_emulator/health`` reveals and changes nothing, so it needs no key (launchers poll it)."""
    response = raw.get("/_emulator/health")
    report.check("GET /_emulator/health, no key", "200", str(response.status_code), response.status_code == 200)


def test_controls_open_without_a_key(report: Report) -> None:
    """An emulator started without ``--api-key`` keeps its controls open, as ``/v1``."""
    served = serve(processing_delay_ms=50)
    try:
        with httpx2.Client(base_url=served.root, timeout=30) as client:
            statuses = [client.request(method, path, json=body).status_code for method, path, body in CONTROLS]
            client.delete("/_emulator/faults")
    finally:
        stop(served)
    report.check(
        "every control, no key, on an emulator started without --api-key",
        "200 each",
        str(statuses),
        statuses == [200] * len(CONTROLS),
    )


# --- deep JSON ----------------------------------------------------------------------------------


def _arrays(depth: int) -> bytes:
    return b'{"name": ' + b"[" * depth + b"]" * depth + b"}"


def _objects(depth: int) -> bytes:
    return b'{"metadata": ' + b'{"a": ' * depth + b'"x"' + b"}" * depth + b"}"


DEEP = {
    "arrays nested 100,000 deep": _arrays(100_000),
    "objects nested 100,000 deep": _objects(100_000),
    "arrays nested 500 deep (within the parser's own limit)": _arrays(500),
    "arrays nested 65 deep (one past the limit)": _arrays(64),  # 64 inside the body object
}


@pytest.mark.parametrize("case", list(DEEP))
def test_deep_json_is_a_400(case: str, raw: httpx2.Client, report: Report) -> None:
    """Too deep a body is refused in the error envelope, and the emulator answers the next
    request as usual."""
    keyed = {"Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json"}
    response = raw.post("/v1/vector_stores", content=DEEP[case], headers=keyed)
    message = response.json().get("error", {}).get("message", "") if _envelope(response) else response.text[:80]
    report.check(
        f"POST /v1/vector_stores, {case}",
        "400 in the error envelope saying it is nested too deep",
        f"{response.status_code}: {message}",
        response.status_code == 400 and _envelope(response) and "nested" in message,
    )
    after = raw.get("/v1/vector_stores", headers=keyed)
    report.check(f"after {case}: next request", "200", str(after.status_code), after.status_code == 200)


def test_deep_json_to_a_control_is_a_400(raw: httpx2.Client, report: Report) -> None:
    """The controls parse their bodies the same way."""
    headers = {"Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json"}
    response = raw.post("/_emulator/faults", content=b"[" * 100_000 + b"]" * 100_000, headers=headers)
    report.check(
        "POST /_emulator/faults, arrays nested 100,000 deep",
        "400 in the error envelope",
        str(response.status_code),
        response.status_code == 400 and _envelope(response),
    )


def _filter(levels: int) -> dict[str, Any]:
    nested: dict[str, Any] = {"type": "eq", "key": "lang", "value": "en"}
    for _ in range(levels):
        nested = {"type": "and", "filters": [nested]}
    return nested


def test_deep_but_allowed_filter_is_answered(raw: httpx2.Client, report: Report) -> None:
    """A compound filter 30 levels down is within the limit, and searched."""
    keyed = {"Authorization": f"Bearer {API_KEY}"}
    store = raw.post("/v1/vector_stores", json={"name": "deep"}, headers=keyed).json()["id"]
    body = {"query": "anything", "filters": _filter(30)}
    response = raw.post(f"/v1/vector_stores/{store}/search", json=body, headers=keyed)
    report.check(
        "search with a compound filter nested 30 deep",
        "200",
        f"{response.status_code}{'' if response.is_success else ': ' + response.text[:80]}",
        response.status_code == 200,
    )
