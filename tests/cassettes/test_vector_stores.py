"""Vector stores: create, retrieve, update, list, delete."""

from __future__ import annotations

import pytest
from vectorstores import NotFoundError

from .conftest import MODES, Api, Scenario


async def lifecycle(api: Api) -> None:
    created = await api(
        lambda c: c.vector_stores.create(
            name="cassette store",
            description="recorded lifecycle",
            metadata={"suite": "cassettes"},
            expires_after={"anchor": "last_active_at", "days": 3},
        )
    )
    assert created.id.startswith("vs_")
    assert (created.name, created.metadata, created.status) == ("cassette store", {"suite": "cassettes"}, "completed")
    assert created.expires_after.days == 3
    assert created.expires_at == created.last_active_at + 3 * 86_400

    fetched = await api(lambda c: c.vector_stores.retrieve(created.id))
    assert fetched.id == created.id
    assert fetched.file_counts.total == 0

    updated = await api(
        lambda c: c.vector_stores.update(created.id, name="renamed", metadata={"suite": "cassettes", "step": "2"})
    )
    assert (updated.name, updated.metadata) == ("renamed", {"suite": "cassettes", "step": "2"})
    cleared = await api(lambda c: c.vector_stores.update(created.id, expires_after=None))
    assert cleared.expires_after is None and cleared.expires_at is None

    listed = await api(lambda c: c.vector_stores.list(limit=100))
    assert created.id in [store.id for store in listed.data]

    deleted = await api(lambda c: c.vector_stores.delete(created.id))
    assert (deleted.id, deleted.deleted, deleted.object) == (created.id, True, "vector_store.deleted")
    with pytest.raises(NotFoundError) as missing:
        await api(lambda c: c.vector_stores.retrieve(created.id))
    assert missing.value.status_code == 404
    assert created.id in missing.value.message


@MODES
def test_vector_store_lifecycle(scenario: Scenario, mode: str) -> None:
    scenario.run("vector_store_lifecycle", mode, lifecycle)
