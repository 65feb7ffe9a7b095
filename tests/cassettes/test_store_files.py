"""Files in a vector store: attach, poll, list with a filter, update attributes, content, detach."""

from __future__ import annotations

import pytest
from vectorstores import NotFoundError

from .conftest import MODES, Api, Scenario
from .documents import RETURNS, SHIPPING


async def store_files(api: Api) -> None:
    returns = await api(lambda c: c.files.create(file=RETURNS, purpose="assistants"))
    shipping = await api(lambda c: c.files.create(file=SHIPPING, purpose="assistants"))
    store = await api(lambda c: c.vector_stores.create(name="store files"))

    attached = await api(
        lambda c: c.vector_stores.files.create(store.id, file_id=returns.id, attributes={"topic": "returns"})
    )
    assert (attached.id, attached.vector_store_id, attached.status) == (returns.id, store.id, "in_progress")
    done = await api(lambda c: c.vector_stores.files.poll(returns.id, vector_store_id=store.id))
    assert done.status == "completed" and done.usage_bytes > 0 and done.last_error is None

    second = await api(
        lambda c: c.vector_stores.files.create_and_poll(
            shipping.id,
            vector_store_id=store.id,
            attributes={"topic": "shipping", "priority": 2},
            chunking_strategy={"type": "static", "static": {"max_chunk_size_tokens": 100, "chunk_overlap_tokens": 20}},
        )
    )
    assert second.status == "completed"
    assert second.chunking_strategy.static.max_chunk_size_tokens == 100

    completed = await api.all(lambda c: c.vector_stores.files.list(store.id, filter="completed"))
    assert sorted(item.id for item in completed) == sorted([returns.id, shipping.id])
    failed = await api.all(lambda c: c.vector_stores.files.list(store.id, filter="failed"))
    assert failed == []

    updated = await api(
        lambda c: c.vector_stores.files.update(
            returns.id, vector_store_id=store.id, attributes={"topic": "refunds", "reviewed": True}
        )
    )
    assert updated.attributes == {"topic": "refunds", "reviewed": True}
    fetched = await api(lambda c: c.vector_stores.files.retrieve(returns.id, vector_store_id=store.id))
    assert fetched.attributes == {"topic": "refunds", "reviewed": True}

    content = await api(lambda c: c.vector_stores.files.content(returns.id, vector_store_id=store.id))
    assert "Refunds reach the original payment method" in "".join(part.text for part in content.data)

    detached = await api(lambda c: c.vector_stores.files.delete(returns.id, vector_store_id=store.id))
    assert (detached.id, detached.deleted) == (returns.id, True)
    with pytest.raises(NotFoundError):
        await api(lambda c: c.vector_stores.files.retrieve(returns.id, vector_store_id=store.id))
    still_uploaded = await api(lambda c: c.files.retrieve(returns.id))  # detaching keeps the file
    assert still_uploaded.id == returns.id

    await api(lambda c: c.vector_stores.delete(store.id))
    for file in (returns, shipping):
        await api(lambda c, file_id=file.id: c.files.delete(file_id))


@MODES
def test_store_files(scenario: Scenario, mode: str) -> None:
    scenario.run("store_files", mode, store_files)
