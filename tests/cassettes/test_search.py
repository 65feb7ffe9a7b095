"""Search: plain, filtered (comparison and compound), limited, thresholded, several queries."""

from __future__ import annotations

from .conftest import MODES, Api, Scenario
from .documents import HANDBOOK

TOPICS = {"returns.md": ("returns", 1), "shipping.md": ("shipping", 2), "warranty.txt": ("warranty", 3)}


async def search(api: Api) -> None:
    store = await api(lambda c: c.vector_stores.create(name="search"))
    ids = []
    for document in HANDBOOK:
        topic, rank = TOPICS[document[0]]
        file = await api(
            lambda c, document=document, topic=topic, rank=rank: c.vector_stores.files.upload_and_poll(
                vector_store_id=store.id, file=document, attributes={"topic": topic, "rank": rank}
            )
        )
        ids.append(file.id)

    page = await api(lambda c: c.vector_stores.search(store.id, query="how long does a refund take"))
    assert page.search_query == ["how long does a refund take"]
    assert page.data[0].filename == "returns.md"
    assert all(0 <= hit.score <= 1 for hit in page.data)
    assert page.data[0].attributes == {"topic": "returns", "rank": 1}
    assert "Refunds" in page.data[0].content[0].text

    only = await api(
        lambda c: c.vector_stores.search(
            store.id, query="delivery days", filters={"type": "eq", "key": "topic", "value": "shipping"}
        )
    )
    assert [hit.filename for hit in only.data] == ["shipping.md"]

    compound = await api(
        lambda c: c.vector_stores.search(
            store.id,
            query="days",
            filters={
                "type": "or",
                "filters": [
                    {"type": "gte", "key": "rank", "value": 3},
                    {"type": "and", "filters": [{"type": "in", "key": "topic", "value": ["returns", "x"]}]},
                ],
            },
        )
    )
    assert {hit.filename for hit in compound.data} <= {"returns.md", "warranty.txt"}
    assert "shipping.md" not in {hit.filename for hit in compound.data}

    limited = await api(lambda c: c.vector_stores.search(store.id, query="days warranty refund", max_num_results=1))
    assert len(limited.data) == 1

    strict = await api(
        lambda c: c.vector_stores.search(store.id, query="refund", ranking_options={"score_threshold": 0.99})
    )
    assert all(hit.score >= 0.99 for hit in strict.data)

    several = await api(lambda c: c.vector_stores.search(store.id, query=["warranty claim", "express delivery"]))
    assert several.search_query == ["warranty claim", "express delivery"]
    assert {"warranty.txt", "shipping.md"} <= {hit.filename for hit in several.data}

    await api(lambda c: c.vector_stores.delete(store.id))
    for file_id in ids:
        await api(lambda c, file_id=file_id: c.files.delete(file_id))


@MODES
def test_search(scenario: Scenario, mode: str) -> None:
    scenario.run("search", mode, search)
