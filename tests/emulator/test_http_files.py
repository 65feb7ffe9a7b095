"""``/v1/files`` through plain httpx2: upload, list, retrieve, delete and download."""

from __future__ import annotations

import re

import httpx2

from .conftest import API_KEY, Served, serve, stop, violations
from .support import attach, error, ids, indexed, ok, store, upload

FILE_ID = re.compile(r"^file-[A-Za-z0-9]{22,24}$")


def test_upload_answers_a_file_object(http: httpx2.Client, emulator: Served) -> None:
    """The upload's answer describes what was sent, with an id in the real format."""
    created = upload(http, "notes.txt", b"twelve bytes")
    assert FILE_ID.match(created["id"])
    assert created["object"] == "file"
    assert created["bytes"] == 12
    assert created["filename"] == "notes.txt"
    assert created["purpose"] == "assistants"
    assert created["status"] == "processed"
    assert created["expires_at"] is None
    assert isinstance(created["created_at"], int)


def test_non_ascii_file_name_survives_the_round_trip(http: httpx2.Client, emulator: Served) -> None:
    """Multipart carries the name as UTF-8; the stored name must be exactly what was sent."""
    name = "résumé € 日本語 ✓.txt"
    created = upload(http, name, "Grüße".encode())
    assert created["filename"] == name
    assert ok(http.get(f"/files/{created['id']}"))["filename"] == name
    assert [item["filename"] for item in ok(http.get("/files"))["data"]] == [name]


def test_expires_after_form_fields_set_expires_at(http: httpx2.Client, emulator: Served) -> None:
    """``expires_after[anchor]``/``expires_after[seconds]`` become ``expires_at`` counted from creation."""
    created = upload(http, form={"expires_after[anchor]": "created_at", "expires_after[seconds]": "3600"})
    assert created["expires_at"] == created["created_at"] + 3600
    assert ok(http.get(f"/files/{created['id']}"))["expires_at"] == created["expires_at"]


def test_upload_rejects_bad_expiry_and_form(http: httpx2.Client, emulator: Served) -> None:
    """Out-of-range or misanchored expiry, a missing part or an unknown field: a 400 naming it."""
    content = {"file": ("a.txt", b"x", "text/plain")}
    seconds = {"purpose": "assistants", "expires_after[anchor]": "created_at", "expires_after[seconds]": "60"}
    error(http.post("/files", files=content, data=seconds), 400, "expires_after.seconds")
    anchor = {"purpose": "assistants", "expires_after[anchor]": "now", "expires_after[seconds]": "3600"}
    error(http.post("/files", files=content, data=anchor), 400, "expires_after.anchor")
    not_number = {"purpose": "assistants", "expires_after[anchor]": "created_at", "expires_after[seconds]": "soon"}
    error(http.post("/files", files=content, data=not_number), 400, "expires_after.seconds")
    error(http.post("/files", files=content, data={"purpose": "nonsense"}), 400, "purpose")
    error(http.post("/files", files=content, data={}), 400, "purpose")
    error(http.post("/files", files=content, data={"purpose": "assistants", "colour": "red"}), 400, "colour")
    # A ``file`` part without a file name is a plain field, not an upload.
    error(http.post("/files", files={"file": (None, b"text")}, data={"purpose": "assistants"}), 400, "file")
    error(http.post("/files", json={"purpose": "assistants"}), 400)
    assert ok(http.get("/files"))["data"] == []


def test_every_documented_purpose_is_accepted(http: httpx2.Client, emulator: Served) -> None:
    """The request schema's purposes; ``evals`` is left out because the document's file object
    does not list it, so echoing it back would break the response schema."""
    for purpose in ("assistants", "batch", "fine-tune", "vision", "user_data"):
        assert upload(http, purpose=purpose)["purpose"] == purpose


def test_list_filters_by_purpose_and_orders(http: httpx2.Client, emulator: Served) -> None:
    """Newest first by default, ``order=asc`` reverses, ``purpose`` narrows, ``after`` pages."""
    first = upload(http, "1.txt")["id"]
    second = upload(http, "2.txt", purpose="user_data")["id"]
    third = upload(http, "3.txt")["id"]
    everything = ok(http.get("/files"))
    assert everything["object"] == "list"
    assert ids(everything) == [third, second, first]
    assert ids(ok(http.get("/files", params={"order": "asc"}))) == [first, second, third]
    assert ids(ok(http.get("/files", params={"purpose": "user_data"}))) == [second]
    assert ids(ok(http.get("/files", params={"purpose": "assistants", "order": "asc"}))) == [first, third]
    page = ok(http.get("/files", params={"limit": 1, "after": third}))
    assert ids(page) == [second]
    assert page["has_more"] is True
    assert (page["first_id"], page["last_id"]) == (second, second)


def test_retrieve_returns_what_upload_returned(http: httpx2.Client, emulator: Served) -> None:
    created = upload(http, "same.md", b"# title")
    assert ok(http.get(f"/files/{created['id']}")) == created


def test_delete_removes_the_file_and_its_store_copies(http: httpx2.Client, emulator: Served) -> None:
    """Deleting a file answers a deletion object; the file and its copy in a store are gone."""
    created = upload(http, "gone.txt", b"soon gone")
    vector_store = store(http)
    attach(http, vector_store["id"], created["id"])
    indexed(http, vector_store["id"], created["id"])
    deleted = ok(http.delete(f"/files/{created['id']}"))
    assert deleted == {"id": created["id"], "object": "file", "deleted": True}
    error(http.get(f"/files/{created['id']}"), 404)
    error(http.delete(f"/files/{created['id']}"), 404)
    assert ok(http.get(f"/vector_stores/{vector_store['id']}/files"))["data"] == []
    assert ok(http.get(f"/vector_stores/{vector_store['id']}"))["file_counts"]["total"] == 0
    assert ok(http.get("/files"))["data"] == []


def test_content_is_byte_for_byte(http: httpx2.Client, emulator: Served) -> None:
    """Text, binary (every byte value) and empty content come back exactly as uploaded."""
    samples = {
        "text.txt": "line one\nline two € ünïcödé\r\n".encode(),
        "blob.bin": bytes(range(256)) * 8,
        "empty.txt": b"",
    }
    for name, content in samples.items():
        file_id = upload(http, name, content)["id"]
        response = http.get(f"/files/{file_id}/content")
        assert response.status_code == 200
        assert response.content == content
        assert response.headers["content-type"] == "application/octet-stream"
        assert response.headers["content-length"] == str(len(content))
        assert response.headers["x-request-id"].startswith("req_")
        assert ok(http.get(f"/files/{file_id}"))["bytes"] == len(content)


def test_upload_larger_than_the_limit_is_refused() -> None:
    """An emulator started with a small upload limit refuses a larger file and keeps nothing."""
    served = serve(api_key=API_KEY, processing_delay_ms=50, max_upload_bytes=16)
    try:
        with httpx2.Client(base_url=served.base_url, headers={"Authorization": f"Bearer {API_KEY}"}) as http:
            assert upload(http, "small.txt", b"x" * 16)["bytes"] == 16
            found = error(
                http.post("/files", files={"file": ("big.txt", b"x" * 17)}, data={"purpose": "assistants"}), 400, "file"
            )
            assert found["code"] == "file_too_large"
            assert [item["filename"] for item in ok(http.get("/files"))["data"]] == ["small.txt"]
    finally:
        stop(served)
    assert not violations(served.recorder.take())
