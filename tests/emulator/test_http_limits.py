"""The API's limits, enforced as the real API enforces them: 2,000 files a batch, 500 at store
creation, file attribute sizes, and (with ``--rate-limit``) request rates answered with 429 and
Retry-After, which sync meets without failing a file."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator

import httpx2
import pytest
from vectorstores import OpenAI

from .conftest import API_KEY, Served, serve, stop


def test_a_batch_takes_at_most_2000_files(http: httpx2.Client) -> None:
    store = http.post("/vector_stores", json={"name": "s"}).json()["id"]
    file_id = http.post("/files", files={"file": ("a.txt", b"text")}, data={"purpose": "assistants"}).json()["id"]
    too_many = http.post(f"/vector_stores/{store}/file_batches", json={"file_ids": [file_id] * 2001})
    assert too_many.status_code == 400 and too_many.json()["error"]["param"] == "file_ids"
    items = [{"file_id": file_id}] * 2001
    assert http.post(f"/vector_stores/{store}/file_batches", json={"files": items}).status_code == 400
    assert http.post(f"/vector_stores/{store}/file_batches", json={"file_ids": [file_id] * 2000}).status_code == 200


def test_a_store_is_created_with_at_most_500_files(http: httpx2.Client) -> None:
    answer = http.post("/vector_stores", json={"file_ids": ["file-x"] * 501})
    assert answer.status_code == 400 and answer.json()["error"]["param"] == "file_ids"


@pytest.mark.parametrize(
    "attributes",
    [{f"k{i}": "v" for i in range(17)}, {"k" * 65: "v"}, {"k": "v" * 513}],
    ids=["17 keys", "65-character key", "513-character value"],
)
def test_attribute_limits(http: httpx2.Client, attributes: dict[str, str]) -> None:
    store = http.post("/vector_stores", json={"name": "s"}).json()["id"]
    file_id = http.post("/files", files={"file": ("a.txt", b"text")}, data={"purpose": "assistants"}).json()["id"]
    answer = http.post(f"/vector_stores/{store}/files", json={"file_id": file_id, "attributes": attributes})
    assert answer.status_code == 400 and answer.json()["error"]["param"].startswith("attributes")
    batch = http.post(
        f"/vector_stores/{store}/file_batches", json={"files": [{"file_id": file_id, "attributes": attributes}]}
    )
    assert batch.status_code == 400


@pytest.fixture
def limited() -> Iterator[Served]:
    """An emulator allowing 600 /files requests a minute (10 a second) and 120 attaches per store."""
    running = serve(api_key=API_KEY, processing_delay_ms=20, rate_limits={"files": 600, "attach": 120})
    yield running
    stop(running)


def test_past_the_rate_429_with_retry_after(limited: Served) -> None:
    headers = {"Authorization": f"Bearer {API_KEY}"}
    with httpx2.Client(base_url=limited.base_url, headers=headers) as http:
        answers = [http.get("/files") for _ in range(30)]
        refused = [answer for answer in answers if answer.status_code == 429]
        assert 10 <= len(answers) - len(refused) <= 13  # one second's worth, and what refilled meanwhile
        first = refused[0]
        assert first.json()["error"]["code"] == "rate_limit_exceeded"
        assert 0 < int(first.headers["retry-after-ms"]) <= 100 and first.headers["retry-after"] == "1"
        time.sleep(int(first.headers["retry-after-ms"]) / 1000)
        assert http.get("/files").status_code == 200  # recovered once the wait is over
        assert http.get("/vector_stores").status_code == 200  # other paths are not limited


def test_sync_under_a_rate_limit_fails_no_file_and_keeps_the_pace(limited: Served) -> None:
    files = [(f"doc{i}.txt", f"document number {i}".encode()) for i in range(40)]
    with OpenAI(api_key=API_KEY, base_url=limited.base_url, max_retries=0) as client:
        store = client.vector_stores.create(name="limited")
        started = time.monotonic()
        report = client.vector_stores.sync(store.id, files, max_concurrency=16)
        elapsed = time.monotonic() - started
    assert report.ok and len(report.added) == 40
    # 10 a second with one second's burst: 40 uploads and the two listings need about 3.2 s.
    assert 2.5 < elapsed < 3.2 * 1.5
    refused = [r for r in limited.recorder.take() if r.status == 429]
    assert refused  # the limit was met, and sync slowed down for it rather than failing


def test_the_flag_is_checked() -> None:
    command = [sys.executable, "-m", "vectorstores_emulator", "--rate-limit", "uploads=5"]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 2 and "KIND=REQUESTS_PER_MINUTE" in result.stderr
