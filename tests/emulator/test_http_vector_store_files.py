"""``/v1/vector_stores/{id}/files`` through plain httpx2: attach, index, list, update, detach, content."""

from __future__ import annotations

import httpx2
import pytest

from .conftest import Served
from .support import Json, attach, error, ids, indexed, ok, static, store, upload


def words(count: int) -> list[str]:
    """Distinct words, so every chunk's text tells exactly which tokens it holds."""
    return [f"w{index:03d}" for index in range(count)]


def chunks_of(http: httpx2.Client, store_id: str, vocabulary: list[str]) -> list[str]:
    """Every chunk of a store: a query naming each word matches each chunk once."""
    page = ok(
        http.post(f"/vector_stores/{store_id}/search", json={"query": " ".join(vocabulary), "max_num_results": 50})
    )
    return [result["content"][0]["text"] for result in page["data"]]


def test_attach_then_complete(http: httpx2.Client, emulator: Served) -> None:
    """Attaching answers an in-progress copy with a poll hint; indexing completes it."""
    text = "The emulator indexes this file in the background."
    file_id = upload(http, "note.txt", text.encode())["id"]
    store_id = store(http)["id"]
    response = http.post(
        f"/vector_stores/{store_id}/files",
        json={"file_id": file_id, "attributes": {"lang": "en", "pages": 3, "public": True}},
    )
    attached = ok(response)
    assert attached["id"] == file_id
    assert attached["object"] == "vector_store.file"
    assert attached["vector_store_id"] == store_id
    assert attached["status"] == "in_progress"
    assert attached["last_error"] is None
    assert attached["usage_bytes"] == 0
    assert attached["attributes"] == {"lang": "en", "pages": 3, "public": True}
    # Without a strategy the file is chunked the "auto" way, reported as its static equivalent.
    assert attached["chunking_strategy"] == static(800, 400)
    assert int(response.headers["openai-poll-after-ms"]) > 0

    done = indexed(http, store_id, file_id)
    assert done["status"] == "completed"
    assert done["usage_bytes"] == len(text.encode())
    assert done["last_error"] is None
    again = http.get(f"/vector_stores/{store_id}/files/{file_id}")
    assert "openai-poll-after-ms" not in again.headers
    assert ok(again) == done
    final = ok(http.get(f"/vector_stores/{store_id}"))
    assert final["status"] == "completed"
    assert final["usage_bytes"] == len(text.encode())


@pytest.mark.parametrize(
    ("size", "overlap", "count", "expected"),
    [
        # 250 tokens in windows of 100 stepping by 50: starts 0, 50, 100, 150 (the last reaches the end).
        (100, 50, 250, 4),
        # No overlap: 250 tokens make 100 + 100 + 50.
        (100, 0, 250, 3),
        # Fewer tokens than a window: one chunk holding everything.
        (400, 100, 120, 1),
    ],
)
def test_static_chunking_makes_the_expected_chunks(
    http: httpx2.Client, emulator: Served, size: int, overlap: int, count: int, expected: int
) -> None:
    """Each chunk holds ``size`` consecutive tokens and starts ``size - overlap`` after the last."""
    vocabulary = words(count)
    file_id = upload(http, "tokens.txt", " ".join(vocabulary).encode())["id"]
    store_id = store(http)["id"]
    attach(http, store_id, file_id, chunking_strategy=static(size, overlap))
    assert indexed(http, store_id, file_id)["chunking_strategy"] == static(size, overlap)
    found = sorted(chunks_of(http, store_id, vocabulary))
    step = size - overlap
    wanted = sorted(" ".join(vocabulary[start : start + size]) for start in range(0, step * expected, step))
    assert len(found) == expected
    assert found == wanted


def test_punctuation_counts_as_tokens(http: httpx2.Client, emulator: Served) -> None:
    """``a,`` is two tokens: 60 words with commas are 120 tokens, two windows of 100/50 overlap."""
    vocabulary = words(60)
    file_id = upload(http, "commas.txt", ", ".join(vocabulary).encode())["id"]
    store_id = store(http)["id"]
    attach(http, store_id, file_id, chunking_strategy=static(100, 50))
    indexed(http, store_id, file_id)
    assert len(chunks_of(http, store_id, vocabulary)) == 2


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("picture.png", b"\x89PNG\r\n", "unsupported_file"),
        ("no_extension", b"plain text", "unsupported_file"),
        ("latin1.txt", "café".encode("latin-1"), "invalid_file"),
        ("nul.txt", b"text\x00with a NUL", "invalid_file"),
        ("empty.txt", b"", "invalid_file"),
        ("blank.md", b"  \n\t ", "invalid_file"),
    ],
)
def test_unreadable_content_fails_with_last_error(
    http: httpx2.Client, emulator: Served, name: str, content: bytes, code: str
) -> None:
    """Content the indexer cannot read ends ``failed`` with a coded ``last_error`` and no usage."""
    file_id = upload(http, name, content)["id"]
    store_id = store(http)["id"]
    attach(http, store_id, file_id)
    failed = indexed(http, store_id, file_id)
    assert failed["status"] == "failed"
    assert failed["last_error"]["code"] == code
    assert failed["last_error"]["message"]
    assert failed["usage_bytes"] == 0
    summary = ok(http.get(f"/vector_stores/{store_id}"))
    assert summary["file_counts"]["failed"] == 1
    assert summary["usage_bytes"] == 0
    assert ok(http.get(f"/vector_stores/{store_id}/files/{file_id}/content"))["data"] == []


def test_list_with_status_filter(http: httpx2.Client, emulator: Served) -> None:
    good = upload(http, "good.txt", b"fine text")["id"]
    bad = upload(http, "bad.exe", b"MZ")["id"]
    store_id = store(http, file_ids=[good, bad])["id"]
    indexed(http, store_id, good)
    indexed(http, store_id, bad)
    path = f"/vector_stores/{store_id}/files"
    assert ids(ok(http.get(path))) == [bad, good]
    assert ids(ok(http.get(path, params={"filter": "completed"}))) == [good]
    assert ids(ok(http.get(path, params={"filter": "failed"}))) == [bad]
    assert ok(http.get(path, params={"filter": "in_progress"}))["data"] == []
    assert ok(http.get(path, params={"filter": "cancelled"}))["data"] == []
    error(http.get(path, params={"filter": "done"}), 400, "filter")


def test_update_attributes(http: httpx2.Client, emulator: Served) -> None:
    """New attributes replace the old ones and are what search reports."""
    file_id = upload(http, "a.txt", b"searchable words")["id"]
    store_id = store(http)["id"]
    attach(http, store_id, file_id, attributes={"old": "yes"})
    indexed(http, store_id, file_id)
    path = f"/vector_stores/{store_id}/files/{file_id}"
    updated = ok(http.post(path, json={"attributes": {"version": 2.5, "final": False}}))
    assert updated["attributes"] == {"version": 2.5, "final": False}
    assert updated["status"] == "completed"
    assert ok(http.get(path))["attributes"] == {"version": 2.5, "final": False}
    hits = ok(http.post(f"/vector_stores/{store_id}/search", json={"query": "searchable"}))["data"]
    assert [hit["attributes"] for hit in hits] == [{"version": 2.5, "final": False}]
    error(http.post(path, json={}), 400, "attributes")


def test_detach_keeps_the_file(http: httpx2.Client, emulator: Served) -> None:
    """Detaching removes the store's copy and its chunks, not the uploaded file."""
    file_id = upload(http, "a.txt", b"detachable words")["id"]
    store_id = store(http)["id"]
    attach(http, store_id, file_id)
    indexed(http, store_id, file_id)
    deleted = ok(http.delete(f"/vector_stores/{store_id}/files/{file_id}"))
    assert deleted == {"id": file_id, "object": "vector_store.file.deleted", "deleted": True}
    error(http.get(f"/vector_stores/{store_id}/files/{file_id}"), 404)
    assert ok(http.get(f"/files/{file_id}"))["id"] == file_id
    assert ok(http.post(f"/vector_stores/{store_id}/search", json={"query": "detachable"}))["data"] == []
    summary = ok(http.get(f"/vector_stores/{store_id}"))
    assert summary["file_counts"]["total"] == 0
    assert summary["usage_bytes"] == 0


def test_content_is_the_indexed_text(http: httpx2.Client, emulator: Served) -> None:
    """Empty while indexing; the file's text once completed."""
    text = "First line.\nSecond line € with ünïcode."
    file_id = upload(http, "a.md", text.encode())["id"]
    store_id = store(http)["id"]
    attach(http, store_id, file_id)
    path = f"/vector_stores/{store_id}/files/{file_id}/content"
    early: Json = ok(http.get(path))
    assert early["object"] == "vector_store.file_content.page"
    # Still in progress after the read means it was during it (status never moves back).
    if ok(http.get(f"/vector_stores/{store_id}/files/{file_id}"))["status"] == "in_progress":
        assert early["data"] == []
    indexed(http, store_id, file_id)
    page = ok(http.get(path))
    assert page == {
        "object": "vector_store.file_content.page",
        "data": [{"type": "text", "text": text}],
        "has_more": False,
        "next_page": None,
    }


def test_attaching_again_reindexes_with_new_settings(http: httpx2.Client, emulator: Served) -> None:
    """A second attach starts over: new attributes and chunking, and only the new chunks."""
    vocabulary = words(200)
    file_id = upload(http, "t.txt", " ".join(vocabulary).encode())["id"]
    store_id = store(http)["id"]
    attach(http, store_id, file_id, chunking_strategy=static(100, 0), attributes={"round": 1})
    indexed(http, store_id, file_id)
    assert len(chunks_of(http, store_id, vocabulary)) == 2
    again = attach(http, store_id, file_id, chunking_strategy=static(100, 50), attributes={"round": 2})
    assert again["status"] == "in_progress"
    done = indexed(http, store_id, file_id)
    assert done["attributes"] == {"round": 2}
    assert len(chunks_of(http, store_id, vocabulary)) == 3  # 0-99, 50-149 and 100-199
    assert ok(http.get(f"/vector_stores/{store_id}"))["file_counts"]["total"] == 1
