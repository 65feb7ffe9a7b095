"""Every public method of ``files``, ``vector_stores``, ``vector_stores.files`` and
``vector_stores.file_batches``, called through the SDK against the emulator, sync and async.

(``file_batches.cancel`` needs a batch that stays in progress, so it lives in test_sdk_polling.py
with the slow server.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
import vectorstores
from vectorstores import AsyncOpenAI, OpenAI
from vectorstores.types import FileObject
from vectorstores_raw.models.vector_store_expiration_policy import VectorStoreExpirationPolicy

APPLES = b"Apples grow in orchards; the orchard keeper sells crisp apples every autumn."
COMETS = b"Comets have icy nuclei and long tails that point away from the sun."
TIDES = b"Tides rise and fall twice a day because the moon pulls on the oceans."


def upload(client: OpenAI, name: str, data: bytes) -> FileObject:
    return client.files.create(file=(name, data), purpose="assistants")


async def aupload(client: AsyncOpenAI, name: str, data: bytes) -> FileObject:
    return await client.files.create(file=(name, data), purpose="assistants")


# --- client.files -------------------------------------------------------------------------------


def test_files_every_method(client: OpenAI, tmp_path: Path) -> None:
    """Upload three ways, read back metadata and bytes (whole and streamed), list, delete."""
    on_disk = tmp_path / "comets.md"
    on_disk.write_bytes(COMETS)
    from_tuple = upload(client, "apples.txt", APPLES)
    from_path = client.files.create(file=on_disk, purpose="assistants")
    with on_disk.open("rb") as handle:
        from_stream = client.files.create(file=handle, purpose="batch")

    assert (from_tuple.filename, from_tuple.bytes, from_tuple.purpose) == ("apples.txt", len(APPLES), "assistants")
    assert (from_path.filename, from_path.bytes) == ("comets.md", len(COMETS))
    assert (from_stream.filename, from_stream.purpose) == ("comets.md", "batch")
    assert from_tuple.object == "file"
    assert from_tuple.id.startswith("file-")

    fetched = client.files.retrieve(from_path.id)
    assert (fetched.id, fetched.filename, fetched.bytes, fetched.created_at) == (
        from_path.id,
        "comets.md",
        len(COMETS),
        from_path.created_at,
    )
    assert client.files.content(from_tuple.id).content == APPLES
    assert client.files.content(from_path.id).content == COMETS
    with client.files.stream_content(from_path.id) as response:
        assert b"".join(response.iter_bytes()) == COMETS

    listed = client.files.list()
    # Newest first by default.
    assert [f.id for f in listed] == [from_stream.id, from_path.id, from_tuple.id]
    assert [f.id for f in client.files.list(purpose="assistants", order="asc")] == [from_tuple.id, from_path.id]

    deleted = client.files.delete(from_tuple.id)
    assert (deleted.id, deleted.deleted, deleted.object) == (from_tuple.id, True, "file")
    assert [f.id for f in client.files.list()] == [from_stream.id, from_path.id]
    with pytest.raises(vectorstores.NotFoundError, match=f"No such File object: {from_tuple.id}"):
        client.files.content(from_tuple.id)


@pytest.mark.anyio
async def test_files_every_method_async(aclient: AsyncOpenAI, tmp_path: Path) -> None:
    """The async twin: upload, retrieve, content, stream_content, list, delete."""
    on_disk = tmp_path / "tides.txt"
    on_disk.write_bytes(TIDES)
    first = await aupload(aclient, "apples.txt", APPLES)
    second = await aclient.files.create(file=str(on_disk), purpose="assistants")

    assert (second.filename, second.bytes) == ("tides.txt", len(TIDES))
    assert (await aclient.files.retrieve(first.id)).filename == "apples.txt"
    assert (await aclient.files.content(second.id)).content == TIDES
    async with aclient.files.stream_content(first.id) as response:
        assert b"".join([chunk async for chunk in response.aiter_bytes()]) == APPLES

    assert [f.id async for f in aclient.files.list(order="asc")] == [first.id, second.id]
    page = await aclient.files.list(limit=1)
    assert [f.id for f in page.data] == [second.id]
    assert page.has_more

    deleted = await aclient.files.delete(second.id)
    assert deleted.deleted
    with pytest.raises(vectorstores.NotFoundError, match=f"No such File object: {second.id}"):
        await aclient.files.retrieve(second.id)


# --- client.vector_stores -----------------------------------------------------------------------


def test_vector_stores_every_method(client: OpenAI) -> None:
    """create / retrieve / update / list / delete, and search over what a store indexed."""
    apples, comets = upload(client, "apples.txt", APPLES), upload(client, "comets.txt", COMETS)
    store = client.vector_stores.create(
        name="Knowledge Base",
        description="fruit and space",
        file_ids=[apples.id, comets.id],
        metadata={"project": "alpha", "version": "1.0"},
        expires_after={"anchor": "last_active_at", "days": 7},
    )
    assert store.id.startswith("vs_")
    assert (store.name, store.description, store.object) == ("Knowledge Base", "fruit and space", "vector_store")
    assert store.metadata == {"project": "alpha", "version": "1.0"}
    assert store.file_counts.total == 2
    assert isinstance(store.expires_after, VectorStoreExpirationPolicy)
    assert store.expires_after.days == 7
    assert store.expires_at == store.last_active_at + 7 * 86_400  # type: ignore[operator]

    done = client.vector_stores.files.poll(comets.id, vector_store_id=store.id)
    client.vector_stores.files.poll(apples.id, vector_store_id=store.id)
    assert done.status == "completed"
    fetched = client.vector_stores.retrieve(store.id)
    assert fetched.status == "completed"
    assert (fetched.file_counts.completed, fetched.file_counts.in_progress) == (2, 0)
    assert fetched.usage_bytes == len(APPLES) + len(COMETS)

    renamed = client.vector_stores.update(store.id, name="Renamed", metadata={"version": "2.0"})
    assert (renamed.id, renamed.name) == (store.id, "Renamed")
    assert renamed.metadata == {"version": "2.0"}  # replaced, not merged
    assert client.vector_stores.retrieve(store.id).name == "Renamed"

    results = client.vector_stores.search(store.id, query="Which comets have icy tails?", max_num_results=5)
    assert results.data, "the comet document should match"
    assert results.data[0].file_id == comets.id
    assert results.data[0].filename == "comets.txt"
    assert results.data[0].content[0].text == COMETS.decode()
    assert 0 < results.data[0].score <= 1
    assert results.search_query == ["Which comets have icy tails?"]
    assert all(hit.file_id != apples.id for hit in results.data)  # no shared word with the query

    other = client.vector_stores.create(name="Other")
    assert [s.id for s in client.vector_stores.list()] == [other.id, store.id]
    assert [s.id for s in client.vector_stores.list(order="asc", limit=1)] == [store.id, other.id]

    deleted = client.vector_stores.delete(store.id)
    assert (deleted.id, deleted.deleted, deleted.object) == (store.id, True, "vector_store.deleted")
    assert [s.id for s in client.vector_stores.list()] == [other.id]
    with pytest.raises(vectorstores.NotFoundError, match=f"No such VectorStore object: {store.id}"):
        client.vector_stores.retrieve(store.id)
    # The store's files stay in the Files API.
    assert client.files.retrieve(apples.id).id == apples.id


@pytest.mark.anyio
async def test_vector_stores_every_method_async(aclient: AsyncOpenAI) -> None:
    """The async twin of the store life cycle and search."""
    tides = await aupload(aclient, "tides.txt", TIDES)
    store = await aclient.vector_stores.create(name="Async", file_ids=[tides.id], metadata={"k": "v"})
    assert (store.name, store.metadata, store.file_counts.total) == ("Async", {"k": "v"}, 1)
    await aclient.vector_stores.files.poll(tides.id, vector_store_id=store.id)
    assert (await aclient.vector_stores.retrieve(store.id)).file_counts.completed == 1

    updated = await aclient.vector_stores.update(store.id, name="Async 2")
    assert updated.name == "Async 2"
    assert updated.metadata == {"k": "v"}  # left alone when not sent

    results = await aclient.vector_stores.search(store.id, query=["moon", "oceans"])
    assert [hit.file_id for hit in results.data] == [tides.id]
    assert results.search_query == ["moon", "oceans"]

    assert [s.id async for s in aclient.vector_stores.list()] == [store.id]
    assert (await aclient.vector_stores.delete(store.id)).deleted
    assert [s.id async for s in aclient.vector_stores.list()] == []


# --- client.vector_stores.files -----------------------------------------------------------------


def test_vector_store_files_every_method(client: OpenAI) -> None:
    """create / retrieve / update / list / delete / content / poll / create_and_poll."""
    store = client.vector_stores.create(name="files")
    apples, comets = upload(client, "apples.txt", APPLES), upload(client, "comets.txt", COMETS)

    attached = client.vector_stores.files.create(
        store.id,
        file_id=apples.id,
        attributes={"topic": "fruit", "year": 2024, "draft": False},
        chunking_strategy={"type": "static", "static": {"max_chunk_size_tokens": 100, "chunk_overlap_tokens": 50}},
    )
    assert (attached.id, attached.vector_store_id, attached.object) == (apples.id, store.id, "vector_store.file")
    assert attached.status == "in_progress"
    assert attached.attributes == {"topic": "fruit", "year": 2024, "draft": False}
    assert attached.chunking_strategy.static.max_chunk_size_tokens == 100  # type: ignore[union-attr]
    assert attached.chunking_strategy.static.chunk_overlap_tokens == 50  # type: ignore[union-attr]

    polled = client.vector_stores.files.poll(apples.id, vector_store_id=store.id, poll_interval_ms=10)
    assert (polled.status, polled.last_error, polled.usage_bytes) == ("completed", None, len(APPLES))

    second = client.vector_stores.files.create_and_poll(comets.id, vector_store_id=store.id, attributes={"n": 1})
    assert (second.status, second.attributes) == ("completed", {"n": 1})
    # The default chunking is what "auto" stands for.
    assert second.chunking_strategy.static.max_chunk_size_tokens == 800  # type: ignore[union-attr]

    fetched = client.vector_stores.files.retrieve(apples.id, vector_store_id=store.id)
    assert (fetched.status, fetched.attributes) == ("completed", {"topic": "fruit", "year": 2024, "draft": False})

    updated = client.vector_stores.files.update(apples.id, vector_store_id=store.id, attributes={"topic": "food"})
    assert updated.attributes == {"topic": "food"}
    assert client.vector_stores.files.retrieve(apples.id, vector_store_id=store.id).attributes == {"topic": "food"}

    assert [f.id for f in client.vector_stores.files.list(store.id)] == [comets.id, apples.id]
    assert [f.id for f in client.vector_stores.files.list(store.id, filter="completed", order="asc")] == [
        apples.id,
        comets.id,
    ]
    assert list(client.vector_stores.files.list(store.id, filter="failed")) == []

    content = client.vector_stores.files.content(apples.id, vector_store_id=store.id)
    assert [(part.type, part.text) for part in content] == [("text", APPLES.decode())]

    deleted = client.vector_stores.files.delete(apples.id, vector_store_id=store.id)
    assert (deleted.id, deleted.deleted, deleted.object) == (apples.id, True, "vector_store.file.deleted")
    assert [f.id for f in client.vector_stores.files.list(store.id)] == [comets.id]
    assert client.files.content(apples.id).content == APPLES  # detached, not deleted
    with pytest.raises(vectorstores.NotFoundError, match=f"No such VectorStoreFile object: {apples.id}"):
        client.vector_stores.files.retrieve(apples.id, vector_store_id=store.id)


def test_vector_store_files_upload_helpers(client: OpenAI, tmp_path: Path) -> None:
    """``upload`` attaches without waiting; ``upload_and_poll`` waits; both upload the bytes given."""
    store = client.vector_stores.create(name="uploads")
    started = client.vector_stores.files.upload(vector_store_id=store.id, file=("tides.txt", TIDES))
    assert started.status == "in_progress"
    assert client.files.retrieve(started.id).filename == "tides.txt"
    assert client.files.content(started.id).content == TIDES

    path = tmp_path / "apples.md"
    path.write_bytes(APPLES)
    done = client.vector_stores.files.upload_and_poll(
        vector_store_id=store.id, file=path, attributes={"kind": "doc"}, poll_interval_ms=10
    )
    assert (done.status, done.attributes, done.usage_bytes) == ("completed", {"kind": "doc"}, len(APPLES))
    assert client.files.content(done.id).content == APPLES
    assert {f.id for f in client.vector_stores.files.list(store.id)} == {started.id, done.id}


@pytest.mark.anyio
async def test_vector_store_files_every_method_async(aclient: AsyncOpenAI) -> None:
    """The async twin of every vector store file method and helper."""
    store = await aclient.vector_stores.create(name="files")
    apples = await aupload(aclient, "apples.txt", APPLES)

    attached = await aclient.vector_stores.files.create(store.id, file_id=apples.id, attributes={"a": "x"})
    assert (attached.id, attached.status) == (apples.id, "in_progress")
    polled = await aclient.vector_stores.files.poll(apples.id, vector_store_id=store.id)
    assert (polled.status, polled.usage_bytes) == ("completed", len(APPLES))

    comets = await aupload(aclient, "comets.txt", COMETS)
    second = await aclient.vector_stores.files.create_and_poll(comets.id, vector_store_id=store.id)
    assert second.status == "completed"

    started = await aclient.vector_stores.files.upload(vector_store_id=store.id, file=("tides.txt", TIDES))
    assert started.status == "in_progress"
    third = await aclient.vector_stores.files.upload_and_poll(
        vector_store_id=store.id, file=("more.txt", b"more tides"), attributes={"b": 2}
    )
    assert (third.status, third.attributes) == ("completed", {"b": 2})
    assert (await aclient.files.content(third.id)).content == b"more tides"

    updated = await aclient.vector_stores.files.update(apples.id, vector_store_id=store.id, attributes={"a": "y"})
    assert updated.attributes == {"a": "y"}
    assert (await aclient.vector_stores.files.retrieve(apples.id, vector_store_id=store.id)).attributes == {"a": "y"}

    content = await aclient.vector_stores.files.content(comets.id, vector_store_id=store.id)
    assert [part.text for part in content] == [COMETS.decode()]

    listed = [f.id async for f in aclient.vector_stores.files.list(store.id, order="asc")]
    assert listed == [apples.id, comets.id, started.id, third.id]

    deleted = await aclient.vector_stores.files.delete(apples.id, vector_store_id=store.id)
    assert deleted.deleted
    assert [f.id async for f in aclient.vector_stores.files.list(store.id, order="asc")] == listed[1:]


# --- search filters -----------------------------------------------------------------------------


def test_search_filters_and_ranking(client: OpenAI) -> None:
    """Attribute filters (comparison and compound), result limits and a score threshold."""
    store = client.vector_stores.create(name="search")
    documents: dict[str, tuple[bytes, dict[str, str | float | bool]]] = {
        "a.txt": (b"Install the SDK with pip install openai.", {"lang": "en", "version": 1}),
        "b.txt": (b"Install the SDK with pip, version two.", {"lang": "en", "version": 2}),
        "c.txt": (b"Installer le SDK avec pip install.", {"lang": "fr", "version": 2}),
    }
    ids = {}
    for name, (data, attributes) in documents.items():
        attached = client.vector_stores.files.upload_and_poll(
            vector_store_id=store.id, file=(name, data), attributes=attributes
        )
        assert attached.status == "completed"
        ids[name] = attached.id

    everything = client.vector_stores.search(store.id, query="install SDK pip")
    assert {hit.file_id for hit in everything} == set(ids.values())
    scores = [hit.score for hit in everything]
    assert scores == sorted(scores, reverse=True)

    french = client.vector_stores.search(
        store.id, query="install SDK pip", filters={"type": "eq", "key": "lang", "value": "fr"}
    )
    assert [hit.file_id for hit in french] == [ids["c.txt"]]
    assert french.data[0].attributes == {"lang": "fr", "version": 2}

    english_v2 = client.vector_stores.search(
        store.id,
        query="install SDK pip",
        filters={
            "type": "and",
            "filters": [
                {"type": "eq", "key": "lang", "value": "en"},
                {"type": "gte", "key": "version", "value": 2},
            ],
        },
    )
    assert [hit.file_id for hit in english_v2] == [ids["b.txt"]]

    either = client.vector_stores.search(
        store.id, query="install", filters={"type": "in", "key": "version", "value": [1]}
    )
    assert [hit.file_id for hit in either] == [ids["a.txt"]]

    assert len(client.vector_stores.search(store.id, query="install SDK pip", max_num_results=1).data) == 1
    strict = client.vector_stores.search(store.id, query="install SDK pip", ranking_options={"score_threshold": 1.0})
    assert all(hit.score >= 1.0 for hit in strict)
    assert len(strict.data) < len(everything.data)


# --- client.vector_stores.file_batches ----------------------------------------------------------


def test_file_batches_every_method(client: OpenAI) -> None:
    """create / retrieve / poll / list_files / create_and_poll / upload_and_poll."""
    store = client.vector_stores.create(name="batches")
    files = [upload(client, f"doc{i}.txt", f"document number {i}".encode()) for i in range(3)]
    ids = [f.id for f in files]

    batch = client.vector_stores.file_batches.create(store.id, file_ids=ids, attributes={"group": "one"})
    assert batch.id.startswith("vsfb_")
    assert (batch.vector_store_id, batch.status, batch.file_counts.total) == (store.id, "in_progress", 3)
    assert batch.object == "vector_store.file_batch"

    fetched = client.vector_stores.file_batches.retrieve(batch.id, vector_store_id=store.id)
    assert (fetched.id, fetched.file_counts.total) == (batch.id, 3)
    done = client.vector_stores.file_batches.poll(batch.id, vector_store_id=store.id, poll_interval_ms=10)
    assert done.status == "completed"
    assert (done.file_counts.completed, done.file_counts.in_progress, done.file_counts.failed) == (3, 0, 0)

    members = list(client.vector_stores.file_batches.list_files(batch.id, vector_store_id=store.id, order="asc"))
    assert [m.id for m in members] == ids
    assert all(m.attributes == {"group": "one"} and m.status == "completed" for m in members)
    completed = client.vector_stores.file_batches.list_files(batch.id, vector_store_id=store.id, filter="completed")
    assert len(completed.data) == 3
    assert client.vector_stores.file_batches.list_files(batch.id, vector_store_id=store.id, filter="failed").data == []

    extra = [upload(client, f"extra{i}.txt", b"extra words") for i in range(2)]
    per_file = client.vector_stores.file_batches.create_and_poll(
        store.id,
        files=[{"file_id": extra[0].id, "attributes": {"own": True}}, {"file_id": extra[1].id}],
        attributes={"own": False},
    )
    assert (per_file.status, per_file.file_counts.completed, per_file.file_counts.total) == ("completed", 2, 2)
    first = client.vector_stores.files.retrieve(extra[0].id, vector_store_id=store.id)
    second = client.vector_stores.files.retrieve(extra[1].id, vector_store_id=store.id)
    assert (first.attributes, second.attributes) == ({"own": True}, {"own": False})

    uploaded = client.vector_stores.file_batches.upload_and_poll(
        store.id, files=[("u1.txt", b"one"), ("u2.txt", b"two")], file_ids=[ids[0]], max_concurrency=2
    )
    assert (uploaded.status, uploaded.file_counts.completed, uploaded.file_counts.total) == ("completed", 3, 3)
    batch_ids = [m.id for m in client.vector_stores.file_batches.list_files(uploaded.id, vector_store_id=store.id)]
    assert ids[0] in batch_ids
    assert sorted(client.files.content(i).content for i in batch_ids if i != ids[0]) == [b"one", b"two"]
    assert client.vector_stores.retrieve(store.id).file_counts.total == 7


@pytest.mark.anyio
async def test_file_batches_every_method_async(aclient: AsyncOpenAI) -> None:
    """The async twin of the batch methods and helpers."""
    store = await aclient.vector_stores.create(name="batches")
    ids = [(await aupload(aclient, f"doc{i}.txt", f"document {i}".encode())).id for i in range(3)]

    batch = await aclient.vector_stores.file_batches.create(store.id, file_ids=ids)
    assert (batch.status, batch.file_counts.total) == ("in_progress", 3)
    assert (await aclient.vector_stores.file_batches.retrieve(batch.id, vector_store_id=store.id)).id == batch.id
    done = await aclient.vector_stores.file_batches.poll(batch.id, vector_store_id=store.id)
    assert (done.status, done.file_counts.completed) == ("completed", 3)

    listed = [m.id async for m in aclient.vector_stores.file_batches.list_files(batch.id, vector_store_id=store.id)]
    assert listed == ids[::-1]  # newest first by default

    more = await aupload(aclient, "more.txt", b"more words")
    again = await aclient.vector_stores.file_batches.create_and_poll(store.id, file_ids=[more.id])
    assert (again.status, again.file_counts.completed) == ("completed", 1)

    uploaded = await aclient.vector_stores.file_batches.upload_and_poll(
        store.id, files=[("u1.txt", b"one"), ("u2.txt", b"two")], attributes={"via": "async"}
    )
    assert (uploaded.status, uploaded.file_counts.completed) == ("completed", 2)
    page = await aclient.vector_stores.file_batches.list_files(uploaded.id, vector_store_id=store.id)
    assert {m.attributes["via"] for m in page.data if m.attributes} == {"async"}
    assert sorted([(await aclient.files.content(m.id)).content for m in page.data]) == [b"one", b"two"]
    assert (await aclient.vector_stores.retrieve(store.id)).file_counts.completed == 6
