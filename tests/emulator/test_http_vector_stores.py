"""``/v1/vector_stores`` through plain httpx2: create, list, retrieve, update, delete and expiry."""

from __future__ import annotations

import re

import httpx2

from .conftest import Control, Served
from .support import attach, error, ids, indexed, ok, settled, static, store, upload

STORE_ID = re.compile(r"^vs_([0-9a-f]{32}|[A-Za-z0-9]{24})$")
DAY = 86_400
COUNTS_ZERO = {"in_progress": 0, "completed": 0, "failed": 0, "cancelled": 0, "total": 0}


def test_create_with_every_field(http: httpx2.Client, emulator: Served) -> None:
    """Name, description, metadata, expiry, static chunking and files all take effect."""
    text = b"alpha beta gamma delta"
    file_id = upload(http, "a.txt", text)["id"]
    response = http.post(
        "/vector_stores",
        json={
            "name": "everything",
            "description": "a store with all the options",
            "metadata": {"team": "search", "tier": "gold"},
            "expires_after": {"anchor": "last_active_at", "days": 7},
            "chunking_strategy": static(200, 20),
            "file_ids": [file_id],
        },
    )
    created = ok(response)
    assert STORE_ID.match(created["id"])
    assert created["object"] == "vector_store"
    assert created["name"] == "everything"
    assert created["description"] == "a store with all the options"
    assert created["metadata"] == {"team": "search", "tier": "gold"}
    assert created["expires_after"] == {"anchor": "last_active_at", "days": 7}
    assert created["expires_at"] == created["last_active_at"] + 7 * DAY
    # The file was just attached: the store is processing and says when to look again.
    assert created["status"] == "in_progress"
    assert created["file_counts"] == {**COUNTS_ZERO, "in_progress": 1, "total": 1}
    assert int(response.headers["openai-poll-after-ms"]) > 0

    copy = indexed(http, created["id"], file_id)
    assert copy["status"] == "completed"
    assert copy["chunking_strategy"] == static(200, 20)
    done = http.get(f"/vector_stores/{created['id']}")
    assert "openai-poll-after-ms" not in done.headers
    body = ok(done)
    assert body["status"] == "completed"
    assert body["file_counts"] == {**COUNTS_ZERO, "completed": 1, "total": 1}
    assert body["usage_bytes"] == len(text)


def test_create_empty_store(http: httpx2.Client, emulator: Served) -> None:
    """No body at all is a valid request: a nameless, completed, empty store."""
    response = http.post("/vector_stores", json={})
    created = ok(response)
    assert created["name"] is None
    assert created["description"] is None
    assert created["metadata"] == {}
    assert created["status"] == "completed"
    assert created["usage_bytes"] == 0
    assert created["file_counts"] == COUNTS_ZERO
    assert created["expires_after"] is None
    assert created["expires_at"] is None
    assert "openai-poll-after-ms" not in response.headers


def test_create_with_duplicate_file_ids_attaches_once(http: httpx2.Client, emulator: Served) -> None:
    file_id = upload(http)["id"]
    created = store(http, file_ids=[file_id, file_id])
    assert created["file_counts"]["total"] == 1


def test_list_and_retrieve(http: httpx2.Client, emulator: Served) -> None:
    older = store(http, name="older")
    newer = store(http, name="newer")
    listing = ok(http.get("/vector_stores"))
    assert listing["object"] == "list"
    assert ids(listing) == [newer["id"], older["id"]]
    assert [item["name"] for item in listing["data"]] == ["newer", "older"]
    assert ok(http.get(f"/vector_stores/{older['id']}")) == older


def test_update_name_metadata_and_expiry(http: httpx2.Client, emulator: Served) -> None:
    """Each field changes on its own; metadata is replaced whole; null removes name and expiry."""
    created = store(http, name="before", metadata={"a": "1", "b": "2"})
    path = f"/vector_stores/{created['id']}"

    renamed = ok(http.post(path, json={"name": "after"}))
    assert renamed["name"] == "after"
    assert renamed["metadata"] == {"a": "1", "b": "2"}

    retagged = ok(http.post(path, json={"metadata": {"c": "3"}}))
    assert retagged["metadata"] == {"c": "3"}
    assert retagged["name"] == "after"

    expiring = ok(http.post(path, json={"expires_after": {"anchor": "last_active_at", "days": 3}}))
    assert expiring["expires_after"] == {"anchor": "last_active_at", "days": 3}
    assert expiring["expires_at"] == expiring["last_active_at"] + 3 * DAY

    cleared = ok(http.post(path, json={"expires_after": None, "name": None}))
    assert cleared["expires_after"] is None
    assert cleared["expires_at"] is None
    assert cleared["name"] is None
    assert cleared["metadata"] == {"c": "3"}
    assert ok(http.get(path)) == cleared


def test_delete(http: httpx2.Client, emulator: Served) -> None:
    """The answer is a deletion object; the store, and its copies of files, are gone; files stay."""
    file_id = upload(http)["id"]
    created = store(http, file_ids=[file_id])
    deleted = ok(http.delete(f"/vector_stores/{created['id']}"))
    assert deleted == {"id": created["id"], "object": "vector_store.deleted", "deleted": True}
    assert error(http.get(f"/vector_stores/{created['id']}"), 404)["message"] == (
        f"No such VectorStore object: {created['id']}"
    )
    error(http.delete(f"/vector_stores/{created['id']}"), 404)
    assert ok(http.get("/vector_stores"))["data"] == []
    assert ok(http.get(f"/files/{file_id}"))["id"] == file_id


def test_counts_and_usage_follow_file_outcomes(http: httpx2.Client, emulator: Served) -> None:
    """One good, one unsupported, one unreadable file: counts and usage add up once all settle."""
    good = b"plain words to index"
    files = [
        upload(http, "good.txt", good)["id"],
        upload(http, "image.png", b"\x89PNG")["id"],
        upload(http, "broken.txt", b"\xff\xfe\xfd")["id"],
    ]
    created = store(http, file_ids=files)
    assert created["file_counts"] == {**COUNTS_ZERO, "in_progress": 3, "total": 3}
    assert created["usage_bytes"] == 0
    final = settled(http, f"/vector_stores/{created['id']}")
    assert final["status"] == "completed"
    assert final["file_counts"] == {**COUNTS_ZERO, "completed": 1, "failed": 2, "total": 3}
    assert final["usage_bytes"] == len(good)


def test_expiry_after_inactivity(http: httpx2.Client, control: Control, emulator: Served) -> None:
    """Past ``days`` of inactivity the store reads ``expired`` and refuses searches and new files."""
    file_id = upload(http)["id"]
    created = store(http, expires_after={"anchor": "last_active_at", "days": 1})
    path = f"/vector_stores/{created['id']}"
    assert ok(http.get(path))["status"] == "completed"

    control.advance(2 * DAY)
    expired = ok(http.get(path))
    assert expired["status"] == "expired"
    assert [item["status"] for item in ok(http.get("/vector_stores"))["data"]] == ["expired"]

    refused = error(http.post(f"{path}/search", json={"query": "hello"}), 400)
    assert refused["code"] == "vector_store_expired"
    assert error(http.post(f"{path}/files", json={"file_id": file_id}), 400)["code"] == "vector_store_expired"
    assert error(http.post(f"{path}/file_batches", json={"file_ids": [file_id]}), 400)["code"] == (
        "vector_store_expired"
    )
    assert ok(http.get(f"{path}/files"))["data"] == []


def test_activity_pushes_expiry_back(http: httpx2.Client, control: Control, emulator: Served) -> None:
    """Expiry counts from the last activity: attaching a file half-way restarts the count."""
    file_id = upload(http)["id"]
    created = store(http, expires_after={"anchor": "last_active_at", "days": 1})
    path = f"/vector_stores/{created['id']}"
    control.advance(DAY // 2)
    attach(http, created["id"], file_id)
    control.advance(DAY // 2 + 3600)
    still = ok(http.get(path))
    assert still["status"] != "expired"
    assert still["expires_at"] > created["expires_at"]
    control.advance(DAY)
    assert ok(http.get(path))["status"] == "expired"
