"""What the emulator indexes: the words of PDF, DOCX and PPTX files (not their file syntax), a
failure for a file that only has the name of one, and text in scripts written without spaces."""

from __future__ import annotations

import time

import httpx2
import pytest

from . import documents
from .support import Json, ok


def index(http: httpx2.Client, name: str, data: bytes) -> tuple[str, Json]:
    """Upload ``data`` as ``name`` into a new store; the store and the file once processed."""
    store = ok(http.post("/vector_stores", json={"name": "docs"}))["id"]
    file_id = ok(http.post("/files", files={"file": (name, data)}, data={"purpose": "assistants"}))["id"]
    ok(http.post(f"/vector_stores/{store}/files", json={"file_id": file_id}))
    for _ in range(200):
        found = ok(http.get(f"/vector_stores/{store}/files/{file_id}"))
        if found["status"] != "in_progress":
            return store, found
        time.sleep(0.02)
    raise AssertionError("still processing")


def search(http: httpx2.Client, store: str, query: str) -> list[Json]:
    data: list[Json] = ok(http.post(f"/vector_stores/{store}/search", json={"query": query}))["data"]
    return data


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("guide.pdf", documents.pdf("Install the SDK with pip before anything else")),
        ("guide.docx", documents.docx("Install the SDK with pip", "before anything else")),
        ("guide.pptx", documents.pptx("Install the SDK with pip", "before anything else")),
    ],
)
def test_documents_are_indexed_by_their_words(http: httpx2.Client, name: str, data: bytes) -> None:
    store, found = index(http, name, data)
    assert found["status"] == "completed", found["last_error"]
    hits = search(http, store, "install pip")
    assert hits and hits[0]["filename"] == name
    text = " ".join(part["text"] for hit in hits for part in hit["content"])
    assert "Install the SDK with pip" in text
    assert "obj" not in text and "Tf" not in text and "xml" not in text  # no file syntax


@pytest.mark.parametrize("name", ["fake.pdf", "fake.docx", "fake.pptx"])
def test_a_file_that_only_has_the_name_fails(http: httpx2.Client, name: str) -> None:
    _, found = index(http, name, b"plain text pretending to be a document, long enough to index")
    assert found["status"] == "failed" and found["last_error"]["code"] == "invalid_file"


def test_cjk_text_is_found(http: httpx2.Client) -> None:
    text = "これは日本語のテキストです。返金は五営業日以内に処理されます。"
    store, found = index(http, "jp.txt", text.encode())
    assert found["status"] == "completed"
    assert search(http, store, "日本語") and search(http, store, "返金")
    assert search(http, store, "中文") == []
    store, _ = index(http, "jp.docx", documents.docx(text))
    assert search(http, store, "日本語")[0]["filename"] == "jp.docx"
