"""A seeded emulator repeats a run exactly: the same ids, timestamps and request ids, and
processing that ends after a set number of requests rather than after wall-clock time."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient
from vectorstores_emulator import create_app
from vectorstores_emulator.app import LOGICAL_START


@contextmanager
def seeded(seed: int = 7, **options: Any) -> Iterator[TestClient]:
    with TestClient(create_app(seed=seed, **options), base_url="http://test/v1") as http:
        yield http


def run(http: TestClient) -> list[Any]:
    """Upload a file, attach it to a new store and poll it until it is processed: every answer
    (body and request id) in order."""
    answers = []

    def keep(response: Any) -> Any:
        assert response.status_code == 200, response.text
        answers.append((response.json(), response.headers["x-request-id"]))
        return response.json()

    upload = keep(http.post("/files", data={"purpose": "assistants"}, files={"file": ("a.txt", b"words to index")}))
    store = keep(http.post("/vector_stores", json={"name": "seeded"}))
    keep(http.post(f"/vector_stores/{store['id']}/files", json={"file_id": upload["id"]}))
    for _ in range(10):
        if keep(http.get(f"/vector_stores/{store['id']}/files/{upload['id']}"))["status"] != "in_progress":
            break
    return answers


def test_the_same_seed_gives_the_same_run() -> None:
    with seeded() as first, seeded() as second:
        assert run(first) == run(second)
    with seeded(seed=8) as other, seeded() as again:
        assert run(other)[0][0]["id"] != run(again)[0][0]["id"]


def test_time_is_logical_one_second_per_request() -> None:
    with seeded() as http:
        answers = run(http)
    assert [body["created_at"] for body, _ in answers[:3]] == [LOGICAL_START + 1, LOGICAL_START + 2, LOGICAL_START + 3]


def test_processing_ends_after_a_number_of_requests_not_of_seconds() -> None:
    # Attached at t+3 with 3 s to go: requests at t+4 and t+5 see it in progress, t+6 done.
    with seeded(processing_delay_ms=3000) as http:
        statuses = [body["status"] for body, _ in run(http)[3:]]
    assert statuses == ["in_progress", "in_progress", "completed"]


def test_a_seeded_run_keeps_no_state_to_collide_with(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="starts from nothing"):
        create_app(tmp_path, seed=1)


def test_a_reset_starts_the_run_again() -> None:
    with seeded() as http:
        first = run(http)
        assert http.post("http://test/_emulator/reset").status_code == 200
        assert run(http) == first
