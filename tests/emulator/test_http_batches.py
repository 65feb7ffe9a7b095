"""``/v1/vector_stores/{id}/file_batches`` through plain httpx2: create, retrieve, cancel, list files."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

import httpx2
import pytest

from .conftest import API_KEY, Control, Served, serve, stop, violations
from .support import Json, error, ids, indexed, ok, settled, static, store, upload

BATCH_ID = re.compile(r"^vsfb_[0-9a-f]{32}$")


class Slow(NamedTuple):
    http: httpx2.Client
    control: Control


@pytest.fixture
def slow() -> Iterator[Slow]:
    """A second emulator whose indexing takes 5 s, so files are certainly still in progress when
    a test cancels them; its answers are checked against the document like the main server's."""
    served = serve(api_key=API_KEY, processing_delay_ms=5000)
    control = Control(served.root)
    try:
        with httpx2.Client(base_url=served.base_url, headers={"Authorization": f"Bearer {API_KEY}"}) as client:
            yield Slow(client, control)
    finally:
        control.http.close()
        stop(served)
    problems = violations(served.recorder.take())
    assert not problems, "\n".join(problems[:20])


def counts(**given: int) -> dict[str, int]:
    found = {"in_progress": 0, "completed": 0, "failed": 0, "cancelled": 0, **given}
    found["total"] = sum(found.values())
    return found


def batch(http: httpx2.Client, store_id: str, **body: object) -> httpx2.Response:
    return http.post(f"/vector_stores/{store_id}/file_batches", json=body)


def test_batch_of_file_ids_completes(http: httpx2.Client, emulator: Served) -> None:
    """In progress with a poll hint at first, completed once every file is indexed."""
    files = [upload(http, f"{index}.txt", f"file number {index}".encode())["id"] for index in range(3)]
    store_id = store(http)["id"]
    response = batch(http, store_id, file_ids=files, attributes={"source": "batch"}, chunking_strategy=static(100, 10))
    created = ok(response)
    assert BATCH_ID.match(created["id"])
    assert created["object"] == "vector_store.file_batch"  # as the real API sends, not the document's files_batch
    assert created["vector_store_id"] == store_id
    assert created["status"] == "in_progress"
    assert created["file_counts"] == counts(in_progress=3)
    assert int(response.headers["openai-poll-after-ms"]) > 0

    path = f"/vector_stores/{store_id}/file_batches/{created['id']}"
    done = settled(http, path)
    assert done["status"] == "completed"
    assert done["file_counts"] == counts(completed=3)
    assert "openai-poll-after-ms" not in http.get(path).headers

    members = ok(http.get(f"{path}/files", params={"order": "asc"}))
    assert ids(members) == files
    for item in members["data"]:
        assert item["status"] == "completed"
        assert item["attributes"] == {"source": "batch"}
        assert item["chunking_strategy"] == static(100, 10)
    assert ok(http.get(f"/vector_stores/{store_id}"))["file_counts"] == counts(completed=3)


def test_batch_of_files_with_their_own_attributes(http: httpx2.Client, emulator: Served) -> None:
    """``files[]`` entries carry their own attributes and chunking; the rest take the batch's."""
    first, second = upload(http, "1.txt", b"one")["id"], upload(http, "2.txt", b"two")["id"]
    store_id = store(http)["id"]
    created = ok(
        batch(
            http,
            store_id,
            attributes={"shared": True},
            files=[
                {"file_id": first, "attributes": {"kind": "first", "rank": 1}, "chunking_strategy": static(300, 150)},
                {"file_id": second},
            ],
        )
    )
    settled(http, f"/vector_stores/{store_id}/file_batches/{created['id']}")
    one = indexed(http, store_id, first)
    two = indexed(http, store_id, second)
    assert one["attributes"] == {"kind": "first", "rank": 1}
    assert one["chunking_strategy"] == static(300, 150)
    assert two["attributes"] == {"shared": True}
    assert two["chunking_strategy"] == static(800, 400)


def test_batch_input_errors(http: httpx2.Client, emulator: Served) -> None:
    """Both lists, neither, an empty list or an unknown file are refused and attach nothing."""
    file_id = upload(http)["id"]
    store_id = store(http)["id"]
    error(batch(http, store_id, file_ids=[file_id], files=[{"file_id": file_id}]), 400, "files")
    error(batch(http, store_id), 400, "file_ids")
    error(batch(http, store_id, file_ids=[]), 400, "file_ids")
    missing = error(batch(http, store_id, file_ids=[file_id, "file-missing"]), 404)
    assert missing["message"] == "No such File object: file-missing"
    error(batch(http, store_id, files=[{"attributes": {}}]), 400, "files[0].file_id")
    assert ok(http.get(f"/vector_stores/{store_id}/files"))["data"] == []


def test_batch_of_only_failures_fails(http: httpx2.Client, emulator: Served) -> None:
    files = [upload(http, "a.zip", b"PK")["id"], upload(http, "b.txt", b"")["id"]]
    store_id = store(http)["id"]
    created = ok(batch(http, store_id, file_ids=files))
    done = settled(http, f"/vector_stores/{store_id}/file_batches/{created['id']}")
    assert done["status"] == "failed"
    assert done["file_counts"] == counts(failed=2)


def test_list_files_in_batch_filters_and_pages(http: httpx2.Client, emulator: Served) -> None:
    """Only the batch's own files are listed, not others in the same store."""
    outsider = upload(http, "outside.txt", b"outside")["id"]
    good = upload(http, "good.txt", b"good")["id"]
    bad = upload(http, "bad.bin", b"\x00")["id"]
    store_id = store(http, file_ids=[outsider])["id"]
    created = ok(batch(http, store_id, file_ids=[good, bad]))
    path = f"/vector_stores/{store_id}/file_batches/{created['id']}"
    settled(http, path)
    assert ids(ok(http.get(f"{path}/files"))) == [bad, good]
    assert ids(ok(http.get(f"{path}/files", params={"filter": "completed"}))) == [good]
    assert ids(ok(http.get(f"{path}/files", params={"filter": "failed"}))) == [bad]
    page = ok(http.get(f"{path}/files", params={"limit": 1}))
    assert (ids(page), page["has_more"]) == ([bad], True)
    rest = ok(http.get(f"{path}/files", params={"limit": 1, "after": bad}))
    assert (ids(rest), rest["has_more"]) == ([good], False)


def test_cancel_a_finished_batch_changes_nothing(http: httpx2.Client, emulator: Served) -> None:
    file_id = upload(http)["id"]
    store_id = store(http)["id"]
    created = ok(batch(http, store_id, file_ids=[file_id]))
    path = f"/vector_stores/{store_id}/file_batches/{created['id']}"
    done = settled(http, path)
    after = ok(http.post(f"{path}/cancel"))
    assert after == done
    assert after["status"] == "completed"


def test_cancel_stops_unfinished_files(slow: Slow) -> None:
    """Cancelling turns every file still in progress into ``cancelled`` and the batch with them;
    they stay cancelled even once their indexing would have been due."""
    http = slow.http
    files = [upload(http, f"{index}.txt", b"slow text")["id"] for index in range(3)]
    store_id = store(http)["id"]
    created = ok(batch(http, store_id, file_ids=files))
    assert created["status"] == "in_progress"
    path = f"/vector_stores/{store_id}/file_batches/{created['id']}"

    response = http.post(f"{path}/cancel")
    cancelled = ok(response)
    assert cancelled["id"] == created["id"]
    assert cancelled["status"] == "cancelled"
    assert cancelled["file_counts"] == counts(cancelled=3)
    assert "openai-poll-after-ms" not in response.headers
    assert ids(ok(http.get(f"{path}/files", params={"filter": "cancelled", "order": "asc"}))) == files
    summary = ok(http.get(f"/vector_stores/{store_id}"))
    assert summary["file_counts"] == counts(cancelled=3)
    assert summary["status"] == "completed"

    # Make everything due at once; a file attached after the cancel shows when the indexer has run.
    sentinel = upload(http, "sentinel.txt", b"sentinel")["id"]
    ok(http.post(f"/vector_stores/{store_id}/files", json={"file_id": sentinel}))
    slow.control.advance(60)
    assert indexed(http, store_id, sentinel)["status"] == "completed"
    final: Json = ok(http.get(path))
    assert final["status"] == "cancelled"
    assert final["file_counts"] == counts(cancelled=3)
    assert ok(http.get(f"/vector_stores/{store_id}"))["file_counts"] == counts(cancelled=3, completed=1)
