"""The served emulator answers, and its answers are checked against the document."""

from __future__ import annotations

import httpx2

from .conftest import Answer, Served, violations


def test_an_answer_that_breaks_the_document_is_reported() -> None:
    wrong = Answer("GET", "/v1/vector_stores/vs_1", 200, "application/json", b'{"id": 3}')
    assert any("vs_1" in problem for problem in violations([wrong]))


def test_store_round_trip(http: httpx2.Client, emulator: Served) -> None:
    created = http.post("/vector_stores", json={"name": "smoke"})
    assert created.status_code == 200
    assert created.headers["x-request-id"].startswith("req_")
    assert http.get(f"/vector_stores/{created.json()['id']}").json()["name"] == "smoke"
