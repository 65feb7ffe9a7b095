"""Many clients at once, through plain httpx2: every call answered, and the state adds up after."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import httpx2
import pytest

from .conftest import API_KEY, Served, wait_for
from .support import Json, ids, ok, store, upload

THREADS = 16
TASKS = 200


def test_threads_sharing_one_client(http: httpx2.Client, emulator: Served) -> None:
    """16 threads each create a store, upload two files, attach them, and read back as they go."""
    shared = store(http, name="shared")["id"]

    def worker(number: int) -> tuple[str, list[str]]:
        own = store(http, name=f"store {number}", metadata={"worker": str(number)})["id"]
        files = [
            upload(http, f"{number}-{index}.txt", f"worker {number} file {index}".encode())["id"] for index in (0, 1)
        ]
        ok(http.post(f"/vector_stores/{own}/files", json={"file_id": files[0]}))
        ok(http.post(f"/vector_stores/{shared}/files", json={"file_id": files[1]}))
        assert ok(http.get(f"/vector_stores/{own}"))["metadata"] == {"worker": str(number)}
        assert ok(http.get(f"/files/{files[0]}"))["filename"] == f"{number}-0.txt"
        assert files[0] in ids(ok(http.get(f"/vector_stores/{own}/files")))
        ok(http.get("/vector_stores", params={"limit": 5}))
        return own, files

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        results = list(pool.map(worker, range(THREADS)))

    own_stores = [own for own, _ in results]
    all_files = [file_id for _, files in results for file_id in files]
    assert len(set(own_stores)) == THREADS
    assert len(set(all_files)) == 2 * THREADS
    assert set(ids(ok(http.get("/vector_stores", params={"limit": 100})))) == {shared, *own_stores}
    assert set(ids(ok(http.get("/files")))) == set(all_files)

    def settled() -> bool:
        summary = ok(http.get(f"/vector_stores/{shared}"))
        return bool(summary["file_counts"]["completed"] == THREADS)

    wait_for(settled)
    summary = ok(http.get(f"/vector_stores/{shared}"))
    assert summary["file_counts"]["total"] == THREADS
    assert summary["usage_bytes"] == sum(len(f"worker {n} file 1".encode()) for n in range(THREADS))
    for own in own_stores:
        counts: Json = ok(http.get(f"/vector_stores/{own}"))["file_counts"]
        assert counts["total"] == 1


@pytest.mark.asyncio
async def test_many_concurrent_async_creations(emulator: Served) -> None:
    """200 tasks at once, half creating stores and half uploading files: all distinct and all listed."""
    headers = {"Authorization": f"Bearer {API_KEY}"}
    async with httpx2.AsyncClient(base_url=emulator.base_url, headers=headers, timeout=30) as http:

        async def create(number: int) -> tuple[str, str]:
            if number % 2:
                response = await http.post("/vector_stores", json={"name": f"s{number}"})
                return "store", ok(response)["id"]
            upload_form = {"file": (f"f{number}.txt", f"file {number}".encode(), "text/plain")}
            response = await http.post("/files", files=upload_form, data={"purpose": "assistants"})
            return "file", ok(response)["id"]

        made = await asyncio.gather(*(create(number) for number in range(TASKS)))

        stores = [object_id for kind, object_id in made if kind == "store"]
        files = [object_id for kind, object_id in made if kind == "file"]
        assert len(set(stores)) == len(stores) == TASKS // 2
        assert len(set(files)) == len(files) == TASKS // 2

        listed: list[str] = []
        cursor: dict[str, str] = {}
        while True:
            page = ok(await http.get("/vector_stores", params={"limit": 100, **cursor}))
            listed += ids(page)
            if not page["has_more"]:
                break
            cursor = {"after": page["last_id"]}
        assert sorted(listed) == sorted(stores)
        assert sorted(ids(ok(await http.get("/files")))) == sorted(files)
        names = {item["filename"] for item in ok(await http.get("/files"))["data"]}
        assert names == {f"f{number}.txt" for number in range(0, TASKS, 2)}
