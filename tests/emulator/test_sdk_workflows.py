"""The seed's workflows (vector-stores.md) end to end through the SDK: upload documents, create a
store, wait with the polling helpers, search with filters, add a batch, page through lists,
update attributes, clean up. Also auto-pagination over several pages and a 20-file batch upload.
"""

from __future__ import annotations

import gc
import warnings
from pathlib import Path
from typing import Any

import anyio
import httpx2
import pytest
import vectorstores
from vectorstores import AsyncOpenAI, OpenAI

from . import documents
from .conftest import API_KEY, Control, Served

DOCUMENTS = {
    # The seed uploads doc1.pdf, doc2.txt and doc3.md; the PDF's text is what gets indexed.
    "doc1.pdf": documents.pdf("Installation guide: install the SDK with pip install vectorstores."),
    "doc2.txt": b"Authentication: set OPENAI_API_KEY before creating the client.",
    "doc3.md": b"# Pagination\nIterate a list to walk every page; use limit to size pages.",
}


def list_requests(control: Control, path_suffix: str) -> list[dict[str, Any]]:
    """The GET requests the emulator saw for a list path, in order."""
    return [r for r in control.requests() if r["method"] == "GET" and r["path"].endswith(path_suffix)]


# --- the seed's best-practice workflow ----------------------------------------------------------


def test_seed_workflow_end_to_end(client: OpenAI, tmp_path: Path) -> None:
    """The seed's calls, spelled as it spells them (``client.beta.vector_stores``, keyword ids)."""
    # 1. Upload documents from disk, then create the store with them.
    file_ids = []
    for name, data in DOCUMENTS.items():
        (tmp_path / name).write_bytes(data)
        with open(tmp_path / name, "rb") as f:
            file = client.files.create(file=f, purpose="assistants")
            file_ids.append(file.id)
    store = client.beta.vector_stores.create(name="Product Documentation", file_ids=file_ids)
    assert (store.name, store.status, store.file_counts.total) == ("Product Documentation", "in_progress", 3)

    # 2. Wait for processing with the polling helper (the seed's sleep loop, done right).
    for file_id in file_ids:
        processed = client.beta.vector_stores.files.poll(file_id=file_id, vector_store_id=store.id)
        assert processed.status == "completed", processed.last_error
    store = client.beta.vector_stores.retrieve(store.id)
    assert (store.status, store.file_counts.completed) == ("completed", 3)

    # Attributes, as the seed's update example sets them.
    tagged = client.beta.vector_stores.files.update(
        file_id=file_ids[0],
        vector_store_id=store.id,
        attributes={"category": "documentation", "version": "1.2.0", "priority": 5},
    )
    assert tagged.attributes == {"category": "documentation", "version": "1.2.0", "priority": 5}

    # 3. Search, then search narrowed by those attributes.
    results = client.beta.vector_stores.search(
        vector_store_id=store.id, query="How do I install the SDK?", max_num_results=5
    )
    assert results.data[0].file_id == file_ids[0]
    assert "pip install vectorstores" in results.data[0].content[0].text
    filtered = client.beta.vector_stores.search(
        vector_store_id=store.id,
        query="client pages SDK",
        filters={"type": "eq", "key": "category", "value": "documentation"},
    )
    assert [hit.file_id for hit in filtered.data] == [file_ids[0]]
    high_priority = client.beta.vector_stores.search(
        vector_store_id=store.id, query="SDK", filters={"type": "gt", "key": "priority", "value": 9}
    )
    assert high_priority.data == []

    # 4. Add more files as a batch with upload_and_poll, and look at it as the seed does.
    batch = client.beta.vector_stores.file_batches.upload_and_poll(
        store.id, files=[("faq.txt", b"Frequently asked questions"), ("notes.md", b"Release notes")]
    )
    assert (batch.status, batch.file_counts.completed) == ("completed", 2)
    batch = client.beta.vector_stores.file_batches.retrieve(batch_id=batch.id, vector_store_id=store.id)
    completed_files = client.beta.vector_stores.file_batches.list_files(
        batch_id=batch.id, vector_store_id=store.id, filter="completed"
    )
    assert len(completed_files.data) == 2

    # 5. Add one more with create_and_poll, then list everything (first page, then the next).
    extra = client.files.create(file=("extra.txt", b"An extra page"), purpose="assistants")
    added = client.beta.vector_stores.files.create_and_poll(
        file_id=extra.id, vector_store_id=store.id, poll_interval_ms=20
    )
    assert added.status == "completed"
    page1 = client.beta.vector_stores.files.list(vector_store_id=store.id, limit=4, order="desc")
    page2 = client.beta.vector_stores.files.list(vector_store_id=store.id, limit=4, after=page1.data[-1].id)
    every = [f.id for f in client.beta.vector_stores.files.list(vector_store_id=store.id)]
    assert [f.id for f in page1.data] + [f.id for f in page2.data] == every
    assert len(every) == 6
    assert not page2.has_more

    # 6. Clean up: detach one file, delete the store, then delete the files themselves.
    removed = client.beta.vector_stores.files.delete(file_id=file_ids[1], vector_store_id=store.id)
    assert removed.deleted
    assert client.beta.vector_stores.retrieve(store.id).file_counts.total == 5
    for listed in client.beta.vector_stores.list():
        if listed.status != "expired":
            assert client.beta.vector_stores.delete(listed.id).deleted
    assert list(client.beta.vector_stores.list()) == []
    for uploaded in client.files.list():
        assert client.files.delete(file_id=uploaded.id).deleted
    assert list(client.files.list()) == []


@pytest.mark.anyio
async def test_seed_async_usage(aclient: AsyncOpenAI) -> None:
    """The seed's async example, continued to a search and a clean-up."""
    uploaded = await aclient.files.create(file=("doc.txt", DOCUMENTS["doc2.txt"]), purpose="assistants")
    store = await aclient.beta.vector_stores.create(name="Async Store", file_ids=[uploaded.id])
    assert store.id.startswith("vs_")
    done = await aclient.beta.vector_stores.files.poll(file_id=uploaded.id, vector_store_id=store.id)
    assert done.status == "completed"
    results = await aclient.beta.vector_stores.search(vector_store_id=store.id, query="OPENAI_API_KEY")
    assert [hit.file_id for hit in results.data] == [uploaded.id]
    assert (await aclient.beta.vector_stores.delete(store.id)).deleted
    assert (await aclient.files.delete(uploaded.id)).deleted


def test_expired_store_is_reported_and_refuses_search(client: OpenAI, control: Control) -> None:
    """The seed's "clean up expired stores" loop finds a store once its expiry passes."""
    store = client.vector_stores.create(name="Temporary Store", expires_after={"anchor": "last_active_at", "days": 1})
    keep = client.vector_stores.create(name="Keep")
    control.advance(2 * 86_400)
    assert client.vector_stores.retrieve(store.id).status == "expired"
    with pytest.raises(vectorstores.BadRequestError) as caught:
        client.vector_stores.search(store.id, query="anything")
    assert caught.value.code == "vector_store_expired"
    for listed in client.vector_stores.list():
        if listed.status == "expired":
            client.vector_stores.delete(listed.id)
    assert [s.id for s in client.vector_stores.list()] == [keep.id]


# --- auto-pagination over several pages --------------------------------------------------------


def store_with_files(client: OpenAI, count: int) -> tuple[str, list[str]]:
    """A store holding ``count`` tiny files attached in one batch, and their ids in order."""
    ids = [client.files.create(file=(f"f{i:02}.txt", b"x%d" % i), purpose="assistants").id for i in range(count)]
    store = client.vector_stores.create(name="many")
    client.vector_stores.file_batches.create_and_poll(store.id, file_ids=ids, poll_interval_ms=20)
    return store.id, ids


def test_auto_pagination_sync(client: OpenAI, control: Control) -> None:
    """25 files, limit=10: iteration walks three pages, ``iter_pages`` and ``get_next_page`` agree."""
    store_id, ids = store_with_files(client, 25)
    before = len(list_requests(control, f"{store_id}/files"))

    first = client.vector_stores.files.list(store_id, limit=10, order="asc")
    assert [f.id for f in first] == ids
    sent = list_requests(control, f"{store_id}/files")[before:]
    assert len(sent) == 3
    assert "after" not in sent[0]["query"]
    assert f"after={ids[9]}" in sent[1]["query"] and f"after={ids[19]}" in sent[2]["query"]
    assert all("limit=10" in r["query"] and "order=asc" in r["query"] for r in sent)

    pages = list(client.vector_stores.files.list(store_id, limit=10, order="desc").iter_pages())
    assert [len(p.data) for p in pages] == [10, 10, 5]
    assert [p.has_more for p in pages] == [True, True, False]
    assert [f.id for p in pages for f in p.data] == ids[::-1]

    page = client.vector_stores.files.list(store_id, limit=10)
    second = page.get_next_page()
    third = second.get_next_page()
    assert [f.id for f in second.data] == ids[14:4:-1]
    assert [f.id for f in third.data] == ids[4::-1]
    assert (page.has_next_page(), third.has_next_page()) == (True, False)
    assert (third.first_id, third.last_id) == (ids[4], ids[0])
    with pytest.raises(RuntimeError, match="No next page"):
        third.get_next_page()

    # The store list and a batch's file list page the same way (files.list: see below).
    stores = [client.vector_stores.create(name=f"s{i}").id for i in range(11)]
    assert [s.id for s in client.vector_stores.list(limit=5, order="asc")] == [store_id, *stores]
    batch_pages = client.vector_stores.file_batches.list_files(
        client.vector_stores.file_batches.create(store_id, file_ids=ids[:12]).id, vector_store_id=store_id, limit=5
    )
    assert len(list(batch_pages)) == 12


@pytest.mark.anyio
async def test_auto_pagination_async(aclient: AsyncOpenAI, control: Control) -> None:
    """The async twin: ``async for`` over the paginator, awaited pages, ``iter_pages``."""
    ids = [(await aclient.files.create(file=(f"f{i:02}.txt", b"x%d" % i), purpose="assistants")).id for i in range(25)]
    store = await aclient.vector_stores.create(name="many", file_ids=ids)

    assert [f.id async for f in aclient.vector_stores.files.list(store.id, limit=10, order="asc")] == ids
    assert len(list_requests(control, f"{store.id}/files")) == 3

    first = await aclient.vector_stores.files.list(store.id, limit=10)
    assert [f.id for f in first.data] == ids[:-11:-1]
    assert [f.id async for f in first] == ids[::-1]  # iterating a page goes on through later pages
    sizes = [len(page.data) async for page in first.iter_pages()]
    assert sizes == [10, 10, 5]
    last = await (await first.get_next_page()).get_next_page()
    assert [f.id for f in last.data] == ids[4::-1]
    assert not last.has_next_page()
    with pytest.raises(RuntimeError):
        await last.get_next_page()

    stores = [(await aclient.vector_stores.create(name=f"s{i}")).id for i in range(6)]
    assert [s.id async for s in aclient.vector_stores.list(limit=4)] == [*stores[::-1], store.id]


def test_iterating_a_before_page_stays_before_the_cursor(client: OpenAI) -> None:
    """``list(before=X)`` then iterating must yield only items before X (here: older than X in
    ascending order), each once."""
    store_id, ids = store_with_files(client, 25)
    page = client.vector_stores.files.list(store_id, limit=5, order="asc", before=ids[15])
    assert [f.id for f in page.data] == ids[10:15]  # the page itself is right
    assert page.has_more  # ids[0:10] are also before the cursor
    walked = [f.id for f in page]
    assert walked == ids[10:15] + ids[5:10] + ids[0:5]  # page by page, away from the cursor


def test_files_list_pages_past_the_first(client: OpenAI) -> None:
    """``client.files.list(limit=10)`` over 25 files walks all three pages."""
    ids = [client.files.create(file=(f"f{i:02}.txt", b"x"), purpose="assistants").id for i in range(25)]
    first = client.files.list(limit=10, order="asc")
    assert [f.id for f in first.data] == ids[:10] and first.has_more  # the first page is fine
    assert [f.id for f in first] == ids


@pytest.mark.anyio
async def test_files_list_pages_past_the_first_async(aclient: AsyncOpenAI) -> None:
    """The async twin: ``async for`` over ``aclient.files.list(limit=7)``."""
    ids = [(await aclient.files.create(file=(f"f{i:02}.txt", b"x"), purpose="assistants")).id for i in range(25)]
    assert [f.id async for f in aclient.files.list(limit=7, order="asc")] == ids


# --- a batch of 20 files ------------------------------------------------------------------------


def test_upload_and_poll_twenty_files(client: OpenAI) -> None:
    """20 uploads, at most 4 at a time, one batch: all completed, the store holds exactly those."""
    store = client.vector_stores.create(name="twenty")
    files = [(f"note{i:02}.txt", f"note number {i} says hello".encode()) for i in range(20)]
    progress: list[tuple[int, int]] = []

    batch = client.vector_stores.file_batches.upload_and_poll(
        store.id, files=files, max_concurrency=4, on_progress=lambda done, total: progress.append((done, total))
    )
    assert batch.status == "completed"
    assert (batch.file_counts.completed, batch.file_counts.total, batch.file_counts.failed) == (20, 20, 0)
    assert progress[-1] == (20, 20) and len(progress) == 20

    in_store = [f.id for f in client.vector_stores.files.list(store.id, limit=7, order="asc")]
    in_batch = [f.id for f in client.vector_stores.file_batches.list_files(batch.id, vector_store_id=store.id)]
    assert len(in_store) == 20 and set(in_store) == set(in_batch)
    # Attached in input order, each with the bytes it was given.
    assert [client.files.retrieve(i).filename for i in in_store] == [name for name, _ in files]
    assert [client.files.content(i).content for i in in_store] == [data for _, data in files]
    assert client.vector_stores.retrieve(store.id).file_counts.completed == 20


@pytest.mark.anyio
async def test_upload_and_poll_twenty_files_async(aclient: AsyncOpenAI) -> None:
    """The async twin: tasks behind a semaphore instead of threads."""
    store = await aclient.vector_stores.create(name="twenty")
    files = [(f"note{i:02}.txt", f"async note {i}".encode()) for i in range(20)]

    batch = await aclient.vector_stores.file_batches.upload_and_poll(store.id, files=files, max_concurrency=5)
    assert (batch.status, batch.file_counts.completed, batch.file_counts.total) == ("completed", 20, 20)

    in_store = [f.id async for f in aclient.vector_stores.files.list(store.id, order="asc")]
    in_batch = [f.id async for f in aclient.vector_stores.file_batches.list_files(batch.id, vector_store_id=store.id)]
    assert len(in_store) == 20 and set(in_store) == set(in_batch)
    assert [(await aclient.files.retrieve(i)).filename for i in in_store] == [name for name, _ in files]
    hits = await aclient.vector_stores.search(store.id, query="async note 7", max_num_results=1)
    assert hits.data[0].file_id == in_store[7]


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_one_async_client_across_event_loops(emulator: Served, backend: str) -> None:
    """One AsyncOpenAI used by two runs of an event loop in a row, then closed in a third: each
    run sends through an httpx2 client of its own (the pooled connections of a finished run are
    dead), under asyncio and trio alike, and ``close`` closes the last run's."""
    client = AsyncOpenAI(api_key=API_KEY, base_url=emulator.base_url, max_retries=0)
    used: list[object] = []

    async def create(name: str) -> str:
        store = await client.vector_stores.create(name=name)  # leaves a pooled connection open
        used.append(client._connection._async_client)
        return (await client.vector_stores.retrieve(store.id)).name or ""

    async def close() -> httpx2.AsyncClient | None:
        await client.vector_stores.list()
        last = client._connection._async_client
        await client.close()
        return last

    with warnings.catch_warnings():  # the finished runs' connections are dropped, not closed
        warnings.simplefilter("ignore", ResourceWarning)
        try:
            names = [anyio.run(create, f"run {index}", backend=backend) for index in range(2)]
            last = anyio.run(close, backend=backend)
            distinct = len({id(http) for http in [*used, last] if http is not None}) == 3
            closed = last is not None and last.is_closed
        finally:
            used.clear()  # so that the dropped clients are collected here, warnings ignored
            gc.collect()

    assert names == ["run 0", "run 1"]
    assert distinct and closed
