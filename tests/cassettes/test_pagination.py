"""Pagination over several pages: auto-paging, explicit pages, and cursors both ways."""

from __future__ import annotations

from .conftest import MODES, Api, Scenario
from .documents import note


async def pagination(api: Api) -> None:
    store = await api(lambda c: c.vector_stores.create(name="pagination"))
    batch = await api(
        lambda c: c.vector_stores.file_batches.upload_and_poll(
            store.id, files=[note(n) for n in range(1, 8)], max_concurrency=1
        )
    )
    assert batch.file_counts.completed == 7

    walked = await api.all(lambda c: c.vector_stores.files.list(store.id, limit=3, order="asc"))
    assert len(walked) == 7
    ids = [item.id for item in walked]
    assert len(set(ids)) == 7

    first = await api(lambda c: c.vector_stores.files.list(store.id, limit=3, order="asc"))
    assert [item.id for item in first.data] == ids[:3]
    assert first.has_more and first.has_next_page()
    second = await api(lambda _: first.get_next_page())
    assert [item.id for item in second.data] == ids[3:6]
    third = await api(lambda _: second.get_next_page())
    assert [item.id for item in third.data] == ids[6:]
    assert not third.has_more and not third.has_next_page()

    before = await api(lambda c: c.vector_stores.files.list(store.id, limit=2, order="asc", before=ids[4]))
    assert [item.id for item in before.data] == ids[2:4]
    newest = await api(lambda c: c.vector_stores.files.list(store.id, limit=2, order="desc"))
    assert [item.id for item in newest.data] == ids[::-1][:2]
    after = await api(lambda c: c.vector_stores.files.list(store.id, limit=10, order="desc", after=ids[2]))
    assert [item.id for item in after.data] == ids[:2][::-1]

    in_batch = await api.all(
        lambda c: c.vector_stores.file_batches.list_files(batch.id, vector_store_id=store.id, limit=4, order="asc")
    )
    assert [item.id for item in in_batch] == ids

    await api(lambda c: c.vector_stores.delete(store.id))
    for file_id in ids:
        await api(lambda c, file_id=file_id: c.files.delete(file_id))


@MODES
def test_pagination(scenario: Scenario, mode: str) -> None:
    scenario.run("pagination", mode, pagination)
