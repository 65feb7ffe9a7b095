"""This SDK runs the file-search workflow against the emulator: upload, store, wait, ask with the
``file_search`` tool, check the cited answer; sync and async (asyncio and trio), streamed
(``responses.stream()`` and ``create(stream=True)``) and not."""

from __future__ import annotations

from typing import Any

import pytest
from vectorstores import AsyncOpenAI, OpenAI

from .responses_support import DOCUMENTS

QUESTION = "Which food does Travis like best?"
ANSWER = "Travis's favorite food is pizza."
# Two passages match this one: two sentences, each cited.
NOTES_QUESTION = "What does the note on pets say, and the note on travel?"


def _upload_all(client: OpenAI) -> tuple[str, dict[str, str]]:
    """A store holding DOCUMENTS, indexed; its id and the file ids by name."""
    file_ids = {
        name: client.files.create(file=(name, text.encode()), purpose="user_data").id
        for name, (text, _) in DOCUMENTS.items()
    }
    store = client.vector_stores.create(name="library", file_ids=list(file_ids.values()))
    for file_id in file_ids.values():
        assert client.vector_stores.files.poll(file_id, vector_store_id=store.id, poll_interval_ms=20).status == (
            "completed"
        )
    return store.id, file_ids


async def _aupload_all(client: AsyncOpenAI) -> tuple[str, dict[str, str]]:
    file_ids = {
        name: (await client.files.create(file=(name, text.encode()), purpose="user_data")).id
        for name, (text, _) in DOCUMENTS.items()
    }
    store = await client.vector_stores.create(name="library", file_ids=list(file_ids.values()))
    for file_id in file_ids.values():
        polled = await client.vector_stores.files.poll(file_id, vector_store_id=store.id, poll_interval_ms=20)
        assert polled.status == "completed"
    return store.id, file_ids


def _ask(store_id: str, question: str = QUESTION) -> dict[str, Any]:
    return {
        "model": "gpt-4o-mini",
        "input": question,
        "tools": [{"type": "file_search", "vector_store_ids": [store_id]}],
        "include": ["file_search_call.results"],
    }


def _cited(response: Any, file_ids: dict[str, str]) -> tuple[str, list[tuple[str, int]]]:
    """The answer's text and its citations as (filename, index), each checked to name an uploaded
    file by its id and to sit inside the text, just before a sentence's closing mark."""
    call, message = response.output
    assert call.type == "file_search_call" and call.status == "completed" and call.queries
    assert call.results and {result.filename for result in call.results} <= set(file_ids)
    [part] = message.content
    assert message.type == "message" and message.role == "assistant" and part.type == "output_text"
    found = []
    for citation in part.annotations:
        assert citation.type == "file_citation"
        assert file_ids[citation.filename] == citation.file_id
        assert 0 < citation.index < len(part.text) and part.text[citation.index] in ".!?"
        found.append((citation.filename, citation.index))
    return part.text, found


def _check_events(events: list[Any], file_ids: dict[str, str]) -> Any:
    """The events' order and numbering, their deltas against the final text; the final response."""
    kinds = [event.type for event in events]
    assert kinds[:2] == ["response.created", "response.in_progress"] and kinds[-1] == "response.completed"
    assert kinds.index("response.file_search_call.searching") < kinds.index("response.output_text.delta")
    assert [event.sequence_number for event in events] == list(range(len(events)))
    final = events[-1].response
    text, citations = _cited(final, file_ids)
    assert "".join(event.delta for event in events if event.type == "response.output_text.delta") == text
    added = [event.annotation for event in events if event.type == "response.output_text.annotation.added"]
    assert [(a.filename, a.index) for a in added] == citations
    return final


def test_sync_answer_cites_the_file(client: OpenAI) -> None:
    store_id, file_ids = _upload_all(client)
    response = client.responses.create(**_ask(store_id))
    assert response.status == "completed" and response.model == "gpt-4o-mini-2024-07-18"
    assert _cited(response, file_ids) == (ANSWER, [("foods.txt", len(ANSWER) - 1)])
    assert response.output[0].results[0].file_id == file_ids["foods.txt"]
    assert response.usage.total_tokens == response.usage.input_tokens + response.usage.output_tokens
    # Stored: retrieve gives the same answer back.
    assert _cited(client.responses.retrieve(response.id), file_ids)[0] == ANSWER

    _, citations = _cited(client.responses.create(**_ask(store_id, NOTES_QUESTION)), file_ids)
    assert sorted(name for name, _ in citations) == ["pets.txt", "trips.txt"]
    assert [index for _, index in citations] == sorted(index for _, index in citations)


def test_sync_streamed_answer(client: OpenAI) -> None:
    store_id, file_ids = _upload_all(client)
    with client.responses.stream(**_ask(store_id)) as stream:
        events = list(stream)
        helper_final = stream.get_final_response()
    final = _check_events(events, file_ids)
    assert _cited(helper_final, file_ids) == _cited(final, file_ids) == (ANSWER, [("foods.txt", len(ANSWER) - 1)])
    # The last delta's snapshot is the text so far: the whole answer.
    last_delta = [event for event in events if event.type == "response.output_text.delta"][-1]
    assert getattr(last_delta, "snapshot", None) == ANSWER  # set by the helper, not in the document

    raw = client.responses.create(**_ask(store_id, NOTES_QUESTION), stream=True)
    with raw:
        events = list(raw)
    assert len(_cited(_check_events(events, file_ids), file_ids)[1]) == 2


@pytest.mark.anyio
async def test_async_answer_and_stream(aclient: AsyncOpenAI) -> None:
    store_id, file_ids = await _aupload_all(aclient)
    response = await aclient.responses.create(**_ask(store_id))
    assert _cited(response, file_ids) == (ANSWER, [("foods.txt", len(ANSWER) - 1)])

    async with aclient.responses.stream(**_ask(store_id)) as stream:
        events = [event async for event in stream]
        helper_final = await stream.get_final_response()
    assert _cited(_check_events(events, file_ids), file_ids) == _cited(helper_final, file_ids)

    raw = await aclient.responses.create(**_ask(store_id, NOTES_QUESTION), stream=True)
    events = [event async for event in raw]
    assert len(_cited(_check_events(events, file_ids), file_ids)[1]) == 2
