"""The file-search workflow through the Responses API: upload a document, build a store, wait for
it to be indexed, ask a question with the ``file_search`` tool, once answered whole and once
streamed, check the cited answer, clean up. Recorded against the emulator's stand-in for the
model; the streamed answer is recorded as the event stream it was, and replayed event by event."""

from __future__ import annotations

from typing import Any

from .conftest import MODES, Api, Scenario
from .documents import RETURNS

QUESTION = "How long do refunds take to reach the original payment method?"
CITED = "Refunds reach the original payment method within 5 business days of the parcel arriving at the warehouse."


async def events(api: Api, call: Any) -> list[Any]:
    """Every event of a streamed call, read as it arrives (``async for`` on the async client)."""
    stream = await api(call)
    if hasattr(stream, "__aiter__"):
        return [event async for event in stream]
    return list(stream)


def cited_answer(response: Any) -> tuple[str, list[Any]]:
    """The answer's text and its citations: the message that follows the file_search_call."""
    kinds = [item.type for item in response.output]
    assert kinds == ["file_search_call", "message"], kinds
    [part] = response.output[1].content
    return part.text, list(part.annotations)


async def responses_file_search(api: Api) -> None:
    uploaded = await api(lambda c: c.files.create(file=RETURNS, purpose="user_data"))
    store = await api(lambda c: c.vector_stores.create(name="Returns", file_ids=[uploaded.id]))
    polls = 0
    while store.status == "in_progress":
        await api.pause(0.2)
        store = await api(lambda c, store_id=store.id: c.vector_stores.retrieve(store_id))
        polls += 1
        assert polls < 100, "the store never finished processing"
    assert store.file_counts.completed == 1
    tool = {"type": "file_search", "vector_store_ids": [store.id]}

    whole = await api(
        lambda c: c.responses.create(
            model="gpt-4o-mini", input=QUESTION, tools=[tool], include=["file_search_call.results"]
        )
    )
    text, [citation] = cited_answer(whole)
    assert text == CITED
    assert (citation.type, citation.file_id, citation.filename) == ("file_citation", uploaded.id, "returns.md")
    assert citation.index == len(CITED) - 1  # before the closing full stop, as the real API places it
    [result] = whole.output[0].results
    assert (result.file_id, result.filename) == (uploaded.id, "returns.md") and CITED in result.text

    streamed = await events(
        api,
        lambda c: c.responses.create(
            model="gpt-4o-mini", input=QUESTION, tools=[tool], include=["file_search_call.results"], stream=True
        ),
    )
    kinds = [event.type for event in streamed]
    assert kinds[:2] == ["response.created", "response.in_progress"] and kinds[-1] == "response.completed"
    assert [event.sequence_number for event in streamed] == list(range(len(streamed)))
    assert "response.file_search_call.searching" in kinds
    deltas = "".join(event.delta for event in streamed if event.type == "response.output_text.delta")
    assert deltas == CITED
    [added] = [event.annotation for event in streamed if event.type == "response.output_text.annotation.added"]
    assert (added.file_id, added.filename, added.index) == (uploaded.id, "returns.md", len(CITED) - 1)
    final = streamed[-1].response
    assert cited_answer(final)[0] == CITED and final.output[0].results[0].file_id == uploaded.id

    for response_id in (whole.id, final.id):
        await api(lambda c, response_id=response_id: c.responses.delete(response_id))
    await api(lambda c: c.vector_stores.delete(store.id))
    await api(lambda c: c.files.delete(uploaded.id))


@MODES
def test_responses_file_search(scenario: Scenario, mode: str) -> None:
    scenario.run("responses_file_search", mode, responses_file_search)
