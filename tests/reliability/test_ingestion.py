"""Batch ingestion under faults: ``file_batches.upload_and_poll`` with transient upload failures
(every file ends in the batch exactly once) and with a permanent one (nothing left behind)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from vectorstores import AsyncOpenAI, BadRequestError, BatchUploadError, OpenAI

from tests.overlays.conftest import FakeClock

from .conftest import API_KEY, Control, Report, Served

MAX_RETRIES = 2
CONCURRENCY = 8


def documents(count: int) -> list[tuple[str, bytes]]:
    """Small distinct text files (text, so the emulator indexes them and the batch completes)."""
    return [
        (f"doc-{index:03d}.txt", f"document {index}: the quick brown fox {index * 7}\n".encode())
        for index in range(count)
    ]


def uploads(control: Control) -> list[dict[str, Any]]:
    return [entry for entry in control.requests() if entry["method"] == "POST" and entry["path"] == "/v1/files"]


def arm_transient(control: Control, count: int) -> int:
    """503 on one upload request in 20 (5%), each once; returns how many were armed."""
    armed = max(1, count // 20)
    control.fault(
        faults=[{"method": "POST", "path": "/v1/files", "status": 503, "after": k * 20} for k in range(armed)]
    )
    return armed


def check_complete(
    client: OpenAI, store_id: str, batch_id: str, docs: list[tuple[str, bytes]], report: Report, case: str
) -> None:
    """Every input is in the batch once, and the server holds exactly those files."""
    in_batch = [item.id for item in client.vector_stores.file_batches.list_files(batch_id, vector_store_id=store_id)]
    report.check(
        f"{case}: files listed in the batch",
        f"{len(docs)} distinct ids",
        f"{len(in_batch)} ids, {len(set(in_batch))} distinct",
        len(in_batch) == len(docs) == len(set(in_batch)),
    )
    stored = list(client.files.list())
    names = Counter(file.filename for file in stored)
    repeated = sorted(name for name, times in names.items() if times > 1)
    report.check(
        f"{case}: files on the server",
        f"exactly {len(docs)}, one per input name",
        f"{len(stored)} files; names repeated: {repeated or 'none'}; "
        f"inputs missing: {len({name for name, _ in docs} - set(names))}",
        len(stored) == len(docs) and set(names) == {name for name, _ in docs} and not repeated,
    )
    report.check(
        f"{case}: batch members are the uploaded files",
        "the same set of ids",
        "same" if set(in_batch) == {file.id for file in stored} else "different",
        set(in_batch) == {file.id for file in stored},
    )


@pytest.fixture
def client(server: Served) -> Iterator[OpenAI]:
    with OpenAI(
        api_key=API_KEY, base_url=server.base_url, max_retries=MAX_RETRIES, timeout=30.0, _clock=FakeClock()
    ) as sdk:
        yield sdk


@pytest.mark.parametrize("count", [20, 200])
def test_transient_upload_failures_complete_the_batch(
    count: int, client: OpenAI, control: Control, report: Report
) -> None:
    """5% of uploads fail once with a 503; the retries carry them, the batch has every file once."""
    docs = documents(count)
    store = client.vector_stores.create(name=f"ingest-{count}")
    armed = arm_transient(control, count)
    case = f"upload_and_poll of {count} files, {armed} uploads failing once (503)"

    batch = client.vector_stores.file_batches.upload_and_poll(store.id, files=docs, max_concurrency=CONCURRENCY)

    counts = batch.file_counts
    report.check(
        f"{case}: batch",
        f"completed, {count} of {count} files completed",
        f"{batch.status}, {counts.completed} of {counts.total} completed, {counts.failed} failed",
        batch.status == "completed" and counts.completed == counts.total == count,
    )
    sent = uploads(control)
    hit = sum(1 for entry in sent if entry["fault"] == "status")
    report.check(
        f"{case}: upload requests seen by the server",
        f"{count + armed} ({armed} answered 503, each retried once)",
        f"{len(sent)} ({hit} answered 503)",
        len(sent) == count + armed and hit == armed,
    )
    check_complete(client, store.id, batch.id, docs, report, case)


def described(error: BaseException | None) -> str:
    """The error as the report shows it (which input failed varies with scheduling)."""
    if error is None:
        return "succeeded"
    return re.sub(r"#\d+", "#<index>", f"{type(error).__name__}: {error}")[:200]


def check_cleaned(client: OpenAI, control: Control, store_id: str, report: Report, case: str) -> None:
    """No uploaded file, no store file, no batch remains."""
    left = [file.id for file in client.files.list()]
    report.check(f"{case}: files left on the server", "none (uploaded ones deleted)", f"{len(left)}", not left)
    attached = [item.id for item in client.vector_stores.files.list(store_id)]
    report.check(f"{case}: files in the store", "none", f"{len(attached)}", not attached)
    batches = [e for e in control.requests() if e["method"] == "POST" and e["path"].endswith("/file_batches")]
    report.check(f"{case}: batches created", "none", f"{len(batches)}", not batches)


def test_permanent_upload_failure_cleans_up(client: OpenAI, control: Control, report: Report) -> None:
    """One upload of 200 refused (400, not retried): BatchUploadError, and nothing is left behind."""
    docs = documents(200)
    store = client.vector_stores.create(name="ingest-fails")
    control.fault(method="POST", path="/v1/files", status=400, after=50, message="This file is refused.")
    case = "upload_and_poll of 200 files, the 51st upload refused (400)"

    with pytest.raises(Exception) as caught:
        client.vector_stores.file_batches.upload_and_poll(store.id, files=docs, max_concurrency=CONCURRENCY)

    error = caught.value
    failures = error.failures if isinstance(error, BatchUploadError) else {}
    report.check(
        f"{case}: outcome",
        "BatchUploadError naming one failed input, a BadRequestError",
        described(error),
        isinstance(error, BatchUploadError)
        and len(failures) == 1
        and all(isinstance(item, BadRequestError) for item in failures.values()),
    )
    created = sum(1 for entry in uploads(control) if entry["status"] == 200)
    deleted = sum(1 for e in control.requests() if e["method"] == "DELETE" and e["path"].startswith("/v1/files/"))
    report.check(
        f"{case}: uploads stopped early",
        "fewer than 200 upload requests (pending ones cancelled)",
        f"{len(uploads(control))} upload requests, {created} stored, {deleted} deleted",
        len(uploads(control)) < 200,
    )
    check_cleaned(client, control, store.id, report, case)


@pytest.mark.asyncio
async def test_async_transient_failures_complete_the_batch(server: Served, control: Control, report: Report) -> None:
    """The asyncio helper under the same 5% transient failures (20 files)."""
    docs = documents(20)
    async with AsyncOpenAI(
        api_key=API_KEY, base_url=server.base_url, max_retries=MAX_RETRIES, timeout=30.0, _clock=FakeClock()
    ) as client:
        store = await client.vector_stores.create(name="ingest-async")
        armed = arm_transient(control, len(docs))
        batch = await client.vector_stores.file_batches.upload_and_poll(
            store.id, files=docs, max_concurrency=CONCURRENCY
        )
    case = f"async upload_and_poll of 20 files, {armed} upload failing once (503)"
    report.check(
        f"{case}: batch",
        "completed, 20 of 20 files completed",
        f"{batch.status}, {batch.file_counts.completed} of {batch.file_counts.total} completed",
        batch.status == "completed" and batch.file_counts.completed == batch.file_counts.total == 20,
    )
    with OpenAI(api_key=API_KEY, base_url=server.base_url) as sync:
        check_complete(sync, store.id, batch.id, docs, report, case)


@pytest.mark.asyncio
async def test_async_permanent_failure_cleans_up(server: Served, control: Control, report: Report) -> None:
    """The asyncio helper with the 11th of 20 uploads refused: nothing may be left behind, not
    even by uploads that were under way when the failure cancelled them."""
    docs = documents(20)
    async with AsyncOpenAI(
        api_key=API_KEY, base_url=server.base_url, max_retries=MAX_RETRIES, timeout=30.0, _clock=FakeClock()
    ) as client:
        store = await client.vector_stores.create(name="ingest-async-fails")
        control.fault(method="POST", path="/v1/files", status=400, after=10)
        error: BaseException | None = None
        try:
            await client.vector_stores.file_batches.upload_and_poll(store.id, files=docs, max_concurrency=CONCURRENCY)
        except Exception as caught:
            error = caught
    case = "async upload_and_poll of 20 files, the 11th upload refused (400)"
    report.check(
        f"{case}: outcome",
        "BatchUploadError",
        described(error),
        isinstance(error, BatchUploadError),
    )
    with OpenAI(api_key=API_KEY, base_url=server.base_url) as sync:
        check_cleaned(sync, control, store.id, report, case)
