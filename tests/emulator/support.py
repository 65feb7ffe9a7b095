"""Helpers the plain-httpx2 emulator tests share: uploading, attaching, waiting and checking answers.

It holds no tests.
"""

from __future__ import annotations

from typing import Any

import httpx2

from .conftest import wait_for

Json = dict[str, Any]


def ok(response: httpx2.Response) -> Json:
    """The JSON body of a successful answer; anything else fails with the body shown."""
    assert response.status_code == 200, f"{response.status_code}: {response.text}"
    assert response.headers["x-request-id"].startswith("req_")
    body: Json = response.json()
    return body


def error(response: httpx2.Response, status: int, param: str | None = None) -> Json:
    """The ``error`` object of an answer that must fail with ``status`` and name ``param``."""
    assert response.status_code == status, f"expected {status}, got {response.status_code}: {response.text}"
    assert response.headers["x-request-id"].startswith("req_")
    assert "Traceback" not in response.text
    found: Json = response.json()["error"]
    assert isinstance(found["message"], str)
    assert found["message"]
    if param is not None:
        assert found["param"] == param, found
    return found


def upload(
    http: httpx2.Client,
    name: str = "doc.txt",
    content: bytes = b"hello world",
    purpose: str = "assistants",
    form: dict[str, str] | None = None,
) -> Json:
    """Upload one file, with any further ``form`` fields."""
    data = {"purpose": purpose, **(form or {})}
    return ok(http.post("/files", files={"file": (name, content, "application/octet-stream")}, data=data))


def store(http: httpx2.Client, **body: Any) -> Json:
    return ok(http.post("/vector_stores", json=body))


def attach(http: httpx2.Client, store_id: str, file_id: str, **body: Any) -> Json:
    return ok(http.post(f"/vector_stores/{store_id}/files", json={"file_id": file_id, **body}))


def static(size: int, overlap: int) -> Json:
    """A static chunking strategy."""
    return {"type": "static", "static": {"max_chunk_size_tokens": size, "chunk_overlap_tokens": overlap}}


def settled(http: httpx2.Client, path: str) -> Json:
    """Poll an object (store file, store, batch) until it is no longer in progress, and return it."""
    seen: list[Json] = []

    def done() -> bool:
        seen.append(ok(http.get(path)))
        return bool(seen[-1]["status"] != "in_progress")

    wait_for(done)
    return seen[-1]


def indexed(http: httpx2.Client, store_id: str, file_id: str) -> Json:
    """The store's copy of a file once indexing has finished (completed or failed)."""
    return settled(http, f"/vector_stores/{store_id}/files/{file_id}")


def ids(page: Json) -> list[str]:
    return [item["id"] for item in page["data"]]
