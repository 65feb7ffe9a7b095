"""The emulator answers as the real API was recorded answering: no poll hint unless asked for,
downloads named in ``content-disposition``, a malformed batch id refused with a 400; and, with
``--real-shapes``, the messier shapes and transitions, which the SDK's helpers and sync survive."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest
from vectorstores import BadRequestError, OpenAI
from vectorstores_emulator.launch import running

KEY = "sk-real-shapes-0000"


@pytest.fixture(scope="module")
def plain() -> Iterator[OpenAI]:
    with (
        running("--api-key", KEY, "--processing-delay-ms", "50") as base_url,
        OpenAI(api_key=KEY, base_url=base_url) as client,
    ):
        yield client


@pytest.fixture(scope="module")
def messy() -> Iterator[OpenAI]:
    with (
        running("--api-key", KEY, "--processing-delay-ms", "300", "--real-shapes") as base_url,
        OpenAI(api_key=KEY, base_url=base_url) as client,
    ):
        yield client


def test_no_poll_hint_by_default(plain: OpenAI) -> None:
    file = plain.files.create(file=("a.txt", b"alpha beta"), purpose="assistants")
    store = plain.vector_stores.create(name="hints")
    raw = plain.vector_stores.files.with_raw_response.create(store.id, file_id=file.id)
    assert raw.parse().status == "in_progress"
    assert "openai-poll-after-ms" not in raw.headers


def test_poll_hint_behind_its_flag() -> None:
    with (
        running("--processing-delay-ms", "5000", "--poll-after-ms", "40") as base_url,
        OpenAI(api_key=KEY, base_url=base_url) as client,
    ):
        file = client.files.create(file=("a.txt", b"alpha"), purpose="assistants")
        store = client.vector_stores.create(name="hints")
        raw = client.vector_stores.files.with_raw_response.create(store.id, file_id=file.id)
        assert raw.headers["openai-poll-after-ms"] == "40"


def test_download_names_the_file(plain: OpenAI) -> None:
    file = plain.files.create(file=("notes v2.txt", b"hello"), purpose="assistants")
    response = httpx2.get(f"{plain.base_url}files/{file.id}/content", headers={"Authorization": f"Bearer {KEY}"})
    assert response.headers["content-disposition"] == 'attachment; filename="notes v2.txt"'
    unicode = plain.files.create(file=("résumé ✓.txt", b"cv"), purpose="assistants")
    response = httpx2.get(f"{plain.base_url}files/{unicode.id}/content", headers={"Authorization": f"Bearer {KEY}"})
    assert response.headers["content-disposition"].endswith("filename*=UTF-8''r%C3%A9sum%C3%A9%20%E2%9C%93.txt")


def test_batch_id_with_the_wrong_prefix_is_a_400(plain: OpenAI) -> None:
    store = plain.vector_stores.create(name="batches")
    with pytest.raises(BadRequestError) as raised:
        plain.vector_stores.file_batches.retrieve("file-abc", vector_store_id=store.id)
    assert raised.value.param == "batch_id"
    assert "Expected an ID that begins with 'vsfb_'." in raised.value.message


def test_real_shapes_on_the_wire(messy: OpenAI) -> None:
    uploaded = messy.files.create(file=("a.txt", b"alpha beta gamma"), purpose="assistants")
    assert uploaded.status == "uploaded"
    assert messy.files.retrieve(uploaded.id).status == "processed"
    store = messy.vector_stores.create(name="messy")
    attached = messy.vector_stores.files.create(store.id, file_id=uploaded.id)
    assert attached.status == "completed"  # answered at once, though indexing goes on
    again = messy.vector_stores.files.retrieve(uploaded.id, vector_store_id=store.id)
    assert again.status == "in_progress"
    assert again.chunking_strategy is not None
    assert again.chunking_strategy.to_dict()["static"] == {"max_chunk_size_tokens": 0, "chunk_overlap_tokens": 0}
    batch = messy.vector_stores.file_batches.create(store.id, file_ids=[uploaded.id])
    raw = messy.vector_stores.file_batches.with_raw_response.list_files(batch.id, vector_store_id=store.id)
    item = raw.http_response.json()["data"][0]
    assert not {"usage_bytes", "chunking_strategy", "attributes"} & set(item)
    assert raw.parse().data[0].id == uploaded.id  # parsed leniently all the same


def test_helpers_and_sync_survive_real_shapes(messy: OpenAI, tmp_path: Path) -> None:
    store = messy.vector_stores.create(name="helpers")
    done = messy.vector_stores.files.upload_and_poll(
        vector_store_id=store.id, file=("one.txt", b"first document"), poll_interval_ms=50
    )
    assert done.status == "completed"
    batch = messy.vector_stores.file_batches.upload_and_poll(
        store.id, files=[("two.txt", b"second"), ("three.txt", b"third")], poll_interval_ms=50
    )
    assert batch.status == "completed" and batch.file_counts.completed == 2
    listed = list(messy.vector_stores.file_batches.list_files(batch.id, vector_store_id=store.id))
    assert len(listed) == 2
    (tmp_path / "notes.md").write_text("refunds take five days", encoding="utf-8")
    (tmp_path / "faq.md").write_text("shipping is free", encoding="utf-8")
    synced = messy.vector_stores.create(name="synced")
    report = messy.vector_stores.sync(synced.id, tmp_path)
    assert report.ok and sorted(report.added) == ["faq.md", "notes.md"]
    assert messy.vector_stores.sync(synced.id, tmp_path).ok
    statuses = {entry.status for entry in messy.vector_stores.files.list(synced.id)}
    assert statuses == {"completed"}
