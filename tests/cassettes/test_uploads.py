"""Upload helpers: upload, upload_and_poll for one file, and a batch upload_and_poll."""

from __future__ import annotations

from .conftest import MODES, Api, Scenario
from .documents import RETURNS, SHIPPING, WARRANTY, note


async def uploads(api: Api) -> None:
    store = await api(lambda c: c.vector_stores.create(name="uploads"))

    one = await api(lambda c: c.vector_stores.files.upload(vector_store_id=store.id, file=RETURNS))
    assert one.status == "in_progress"
    two = await api(
        lambda c: c.vector_stores.files.upload_and_poll(
            vector_store_id=store.id, file=SHIPPING, attributes={"topic": "shipping"}
        )
    )
    assert (two.status, two.attributes) == ("completed", {"topic": "shipping"})

    progress: list[tuple[int, int]] = []
    batch = await api(
        lambda c: c.vector_stores.file_batches.upload_and_poll(
            store.id,
            files=[WARRANTY, note(1), note(2)],
            max_concurrency=1,  # one at a time, so the recorded order is the order of the files
            attributes={"source": "upload"},
            on_progress=lambda done, total: progress.append((done, total)),
        )
    )
    assert batch.status == "completed"
    assert (batch.file_counts.completed, batch.file_counts.total) == (3, 3)
    assert progress[-1] == (3, 3)

    everything = await api.all(lambda c: c.vector_stores.files.list(store.id))
    assert len(everything) == 5
    names = {}
    for item in everything:
        uploaded = await api(lambda c, file_id=item.id: c.files.retrieve(file_id))
        names[uploaded.filename] = uploaded.bytes
    assert names == {name: len(content) for name, content in [RETURNS, SHIPPING, WARRANTY, note(1), note(2)]}

    await api(lambda c: c.vector_stores.delete(store.id))
    for item in everything:
        await api(lambda c, file_id=item.id: c.files.delete(file_id))


@MODES
def test_uploads(scenario: Scenario, mode: str) -> None:
    scenario.run("uploads", mode, uploads)
