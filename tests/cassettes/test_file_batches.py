"""File batches: create, poll, retrieve, list files, cancel."""

from __future__ import annotations

from .conftest import MODES, Api, Scenario
from .documents import note


async def batches(api: Api) -> None:
    uploaded = [await api(lambda c, n=n: c.files.create(file=note(n), purpose="assistants")) for n in range(1, 5)]
    ids = [file.id for file in uploaded]
    store = await api(lambda c: c.vector_stores.create(name="batches"))

    batch = await api(
        lambda c: c.vector_stores.file_batches.create_and_poll(store.id, file_ids=ids[:3], attributes={"kind": "note"})
    )
    assert batch.id.startswith("vsfb_")
    assert batch.object == "vector_store.file_batch"
    assert batch.status == "completed"
    assert (batch.file_counts.completed, batch.file_counts.total) == (3, 3)

    again = await api(lambda c: c.vector_stores.file_batches.retrieve(batch.id, vector_store_id=store.id))
    assert (again.id, again.status) == (batch.id, "completed")
    members = await api.all(
        lambda c: c.vector_stores.file_batches.list_files(batch.id, vector_store_id=store.id, filter="completed")
    )
    assert sorted(member.id for member in members) == sorted(ids[:3])
    assert all(member.attributes == {"kind": "note"} for member in members)

    finished = await api(lambda c: c.vector_stores.file_batches.cancel(batch.id, vector_store_id=store.id))
    assert finished.status == "completed"  # nothing left to cancel

    pending = await api(lambda c: c.vector_stores.file_batches.create(store.id, files=[{"file_id": ids[3]}]))
    assert pending.status == "in_progress"
    cancelled = await api(lambda c: c.vector_stores.file_batches.cancel(pending.id, vector_store_id=store.id))
    assert cancelled.status in ("cancelling", "cancelled")
    settled = await api(lambda c: c.vector_stores.file_batches.poll(pending.id, vector_store_id=store.id))
    assert settled.status == "cancelled"
    assert settled.file_counts.cancelled + settled.file_counts.completed == 1

    await api(lambda c: c.vector_stores.delete(store.id))
    for file_id in ids:
        await api(lambda c, file_id=file_id: c.files.delete(file_id))


@MODES
def test_file_batches(scenario: Scenario, mode: str) -> None:
    scenario.run("file_batches", mode, batches)
