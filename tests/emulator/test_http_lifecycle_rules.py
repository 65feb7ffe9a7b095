"""Rules of objects' lives: an expired upload is gone, an expired store stays expired, and a
batch names the exact field that holds an unknown file id."""

from __future__ import annotations

import httpx2

from .conftest import Control
from .support import error, ok


def test_an_upload_past_its_expiry_is_gone(http: httpx2.Client, control: Control) -> None:
    uploaded = ok(
        http.post(
            "/files",
            files={"file": ("short.txt", b"short lived")},
            data={"purpose": "assistants", "expires_after[anchor]": "created_at", "expires_after[seconds]": "3600"},
        )
    )
    assert uploaded["expires_at"] == uploaded["created_at"] + 3600
    assert [f["id"] for f in ok(http.get("/files"))["data"]] == [uploaded["id"]]

    control.advance(3601)
    error(http.get(f"/files/{uploaded['id']}"), 404, "id")
    assert ok(http.get("/files"))["data"] == []


def test_an_expired_store_cannot_be_revived_by_an_update(http: httpx2.Client, control: Control) -> None:
    store = ok(http.post("/vector_stores", json={"expires_after": {"anchor": "last_active_at", "days": 1}}))
    control.advance(2 * 86_400)
    assert ok(http.get(f"/vector_stores/{store['id']}"))["status"] == "expired"

    error(http.post(f"/vector_stores/{store['id']}", json={"name": "again"}), 400, "vector_store_id")
    assert ok(http.get(f"/vector_stores/{store['id']}"))["status"] == "expired"


def test_an_unknown_file_in_a_batch_is_named_by_its_field(http: httpx2.Client) -> None:
    store = ok(http.post("/vector_stores", json={}))
    answer = http.post(f"/vector_stores/{store['id']}/file_batches", json={"files": [{"file_id": "file-nope"}]})
    assert error(answer, 404, "files[0].file_id")["message"] == "No such File object: file-nope"
    answer = http.post(f"/vector_stores/{store['id']}/file_batches", json={"file_ids": ["file-nope"]})
    error(answer, 404, "file_ids[0]")
