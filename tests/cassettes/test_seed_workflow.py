"""The seed's "best practices" workflow as written there: upload documents, create a store with
them, wait for processing by retrieving the store, check the counts, clean up expired stores."""

from __future__ import annotations

from .conftest import MODES, Api, Scenario
from .documents import HANDBOOK


async def seed_workflow(api: Api) -> None:
    file_ids = []
    for document in HANDBOOK:
        file = await api(lambda c, document=document: c.files.create(file=document, purpose="assistants"))
        file_ids.append(file.id)

    store = await api(lambda c: c.beta.vector_stores.create(name="Product Documentation", file_ids=file_ids))
    assert store.file_counts.total == 3
    polls = 0
    while store.status == "in_progress":
        await api.pause(0.2)
        store = await api(lambda c, store_id=store.id: c.beta.vector_stores.retrieve(store_id))
        polls += 1
        assert polls < 100, "the store never finished processing"
    assert store.status == "completed"
    assert store.file_counts.completed == 3
    assert store.usage_bytes == sum(len(content) for _, content in HANDBOOK)

    expiring = await api(
        lambda c: c.beta.vector_stores.create(name="Scratch", expires_after={"anchor": "last_active_at", "days": 1})
    )
    stores = await api.all(lambda c: c.beta.vector_stores.list())
    for item in stores:
        if item.status == "expired":
            await api(lambda c, store_id=item.id: c.beta.vector_stores.delete(store_id))
    assert {store.id, expiring.id} <= {item.id for item in stores}

    for store_id in (store.id, expiring.id):
        await api(lambda c, store_id=store_id: c.beta.vector_stores.delete(store_id))
    for file_id in file_ids:
        await api(lambda c, file_id=file_id: c.files.delete(file_id))


@MODES
def test_seed_workflow(scenario: Scenario, mode: str) -> None:
    scenario.run("seed_workflow", mode, seed_workflow)
