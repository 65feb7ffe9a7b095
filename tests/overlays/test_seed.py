"""Every call of the seed interface (../shared/seed/vector-stores.md) runs with only the import
changed, sync and async, against an in-memory stand-in for the API."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx2
import pytest
from vectorstores import AsyncOpenAI, OpenAI
from vectorstores._clock import Clock

from tests.overlays.fake_api import FakeAPI


class InstantClock(Clock):
    def now(self) -> float:
        return 0.0

    def sleep(self, seconds: float) -> None:
        pass

    async def asleep(self, seconds: float) -> None:
        pass


@pytest.fixture
def api() -> FakeAPI:
    return FakeAPI()


@pytest.fixture
def client(api: FakeAPI, monkeypatch: pytest.MonkeyPatch) -> OpenAI:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-seed")
    monkeypatch.setenv("OPENAI_BASE_URL", "https://api.test/v1")
    return OpenAI(http_client=httpx2.Client(transport=httpx2.MockTransport(api)), _clock=InstantClock())


def test_seed_calls_run_unchanged(client: OpenAI, api: FakeAPI, tmp_path: Path) -> None:
    docs = []
    for name, text in [("doc1.txt", b"install with pip"), ("doc2.md", b"# usage"), ("doc3.txt", b"faq")]:
        path = tmp_path / name
        path.write_bytes(text)
        docs.append(path)

    # Best practices: upload, create with files, wait, clean up.
    file_ids = []
    for doc_path in docs:
        with open(doc_path, "rb") as f:
            file = client.files.create(file=f, purpose="assistants")
            file_ids.append(file.id)
    store = client.beta.vector_stores.create(name="Product Documentation", file_ids=file_ids)
    while store.status == "in_progress":
        store = client.beta.vector_stores.retrieve(store.id)
    assert store.status == "completed" and store.file_counts.completed == 0

    vector_store = client.beta.vector_stores.create(name="Knowledge Base", file_ids=file_ids)
    client.beta.vector_stores.create(name="Temporary Store", expires_after={"anchor": "last_active_at", "days": 7})
    client.beta.vector_stores.create(
        name="Custom Chunking",
        file_ids=file_ids,
        chunking_strategy={"type": "static", "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400}},
    )
    client.beta.vector_stores.create(name="Project Docs", metadata={"project": "alpha", "version": "1.0"})
    vs = vector_store.id

    assert client.beta.vector_stores.retrieve(vs).name == "Knowledge Base"
    assert client.beta.vector_stores.update(vs, name="Updated Documentation").name == "Updated Documentation"
    assert client.beta.vector_stores.update(vs, metadata={"version": "2.0"}).metadata == {"version": "2.0"}
    names = [s.name for s in client.beta.vector_stores.list()]
    assert "Updated Documentation" in names
    page1 = client.beta.vector_stores.list(limit=2)
    page2 = client.beta.vector_stores.list(limit=2, after=page1.data[-1].id)
    assert page2.data and page2.data[0].id not in {s.id for s in page1.data}

    attached = client.beta.vector_stores.files.create(vector_store_id=vs, file_id=file_ids[0])
    assert attached.status == "in_progress"
    got = client.beta.vector_stores.files.retrieve(file_id=file_ids[0], vector_store_id=vs)
    assert got.usage_bytes == 10
    updated = client.beta.vector_stores.files.update(
        file_id=file_ids[0], vector_store_id=vs, attributes={"category": "documentation", "priority": 5}
    )
    assert updated.attributes == {"category": "documentation", "priority": 5}
    assert [f.id for f in client.beta.vector_stores.files.list(vector_store_id=vs)] == [file_ids[0]]
    assert len(client.beta.vector_stores.files.list(vector_store_id=vs, filter="in_progress").data) == 1
    assert client.beta.vector_stores.files.list(vector_store_id=vs, filter="completed").data == []
    client.beta.vector_stores.files.list(vector_store_id=vs, limit=10, order="desc")
    content_pages = client.beta.vector_stores.files.content(file_id=file_ids[0], vector_store_id=vs)
    assert [page.text for page in content_pages] == ["hello"]

    processed = client.beta.vector_stores.files.create_and_poll(
        file_id=file_ids[1], vector_store_id=vs, poll_interval_ms=1000
    )
    assert processed.status == "completed"
    client.beta.vector_stores.files.create(file_id=file_ids[2], vector_store_id=vs)
    assert client.beta.vector_stores.files.poll(file_id=file_ids[2], vector_store_id=vs).status == "completed"

    with open(docs[0], "rb") as f:
        uploaded = client.beta.vector_stores.files.upload(vector_store_id=vs, file=f)
    assert uploaded.status == "in_progress"
    with open(docs[1], "rb") as f:
        done = client.beta.vector_stores.files.upload_and_poll(
            vector_store_id=vs, file=f, attributes={"type": "documentation", "version": "2.0"}, poll_interval_ms=1000
        )
    assert done.status == "completed" and done.usage_bytes == 10

    results = client.beta.vector_stores.search(vector_store_id=vs, query="How do I install the SDK?", max_num_results=5)
    assert results.data[0].score == 0.9 and results.data[0].file_id == "file-0001"

    batch = client.beta.vector_stores.file_batches.create(vector_store_id=vs, file_ids=file_ids)
    batch = client.beta.vector_stores.file_batches.retrieve(batch_id=batch.id, vector_store_id=vs)
    files = client.beta.vector_stores.file_batches.list_files(batch_id=batch.id, vector_store_id=vs)
    assert [f.id for f in files.data] == file_ids
    client.beta.vector_stores.file_batches.list_files(batch_id=batch.id, vector_store_id=vs, filter="completed")
    cancelled = client.beta.vector_stores.file_batches.cancel(batch_id=batch.id, vector_store_id=vs)
    assert cancelled.status == "cancelled"

    deleted = client.beta.vector_stores.files.delete(file_id=file_ids[0], vector_store_id=vs)
    assert deleted.deleted is True
    client.files.delete(file_id=file_ids[0])
    for s in client.beta.vector_stores.list():
        if s.status == "expired":
            client.beta.vector_stores.delete(s.id)
    assert client.beta.vector_stores.delete(vs).deleted is True


def test_seed_async_usage(api: FakeAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-seed")
    monkeypatch.setenv("OPENAI_BASE_URL", "https://api.test/v1")

    async def create_store() -> str:
        client = AsyncOpenAI(http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(api)), _clock=InstantClock())
        store = await client.beta.vector_stores.create(name="Async Store", file_ids=["file-abc123"])
        names = [s.name async for s in client.vector_stores.list()]
        assert names == ["Async Store"]

        # Every helper runs under the async driver too.
        files = client.beta.vector_stores.files
        uploaded = await files.upload(vector_store_id=store.id, file=("a.txt", b"alpha"))
        assert (await files.poll(uploaded.id, vector_store_id=store.id)).status == "completed"
        other = await client.files.create(file=("b.txt", b"beta"), purpose="assistants")
        assert (await files.create_and_poll(other.id, vector_store_id=store.id)).status == "completed"
        done = await files.upload_and_poll(vector_store_id=store.id, file=("c.txt", b"gamma"), poll_interval_ms=5)
        assert done.status == "completed"
        batches = client.beta.vector_stores.file_batches
        batch = await batches.create_and_poll(store.id, file_ids=[other.id])
        assert batch.status == "completed"
        batch = await batches.upload_and_poll(store.id, files=[("d.txt", b"delta"), ("e.txt", b"eps")])
        listed = await batches.list_files(batch.id, vector_store_id=store.id)
        assert [f.id for f in listed.data] == batch["file_ids"]
        await client.close()
        return store.id

    store_id = asyncio.run(create_store())
    assert store_id.startswith("vs_")
