"""openai-python 3.51's own client pointed at the emulator (``base_url``) runs the file-search
workflow: upload, store, wait, ask with ``file_search`` (streamed and not), check the cited answer;
and each Responses operation it offers. The emulator is a server any client can use."""

from __future__ import annotations

from collections.abc import Iterator

import openai
import pytest
from openai.types.responses import (
    ResponseFileSearchToolCall,
    ResponseOutputMessage,
    ResponseOutputText,
    ResponseTextDeltaEvent,
    ToolParam,
)
from openai.types.responses.response_output_text import AnnotationFileCitation

from .conftest import API_KEY, Served

QUESTION = "Using the file search tool, what's Travis's favorite food?"
FACT = b"Travis's favorite food is pizza."


@pytest.fixture
def official(emulator: Served) -> Iterator[openai.OpenAI]:
    with openai.OpenAI(api_key=API_KEY, base_url=emulator.base_url, max_retries=0) as client:
        yield client


@pytest.fixture
def store_id(official: openai.OpenAI) -> str:
    uploaded = official.files.create(file=("test_favorite_foods.txt", FACT), purpose="user_data")
    store = official.vector_stores.create(file_ids=[uploaded.id])
    official.vector_stores.files.poll(uploaded.id, vector_store_id=store.id, poll_interval_ms=20)
    assert official.vector_stores.retrieve(store.id).file_counts.completed == 1
    found: str = store.id
    return found


def test_the_workflow_answers_with_a_citation(official: openai.OpenAI, store_id: str) -> None:
    response = official.responses.create(
        model="gpt-4o-mini",
        input=QUESTION,
        tools=[{"type": "file_search", "vector_store_ids": [store_id]}],
        include=["file_search_call.results"],
    )
    assert response.model == "gpt-4o-mini-2024-07-18"
    assert response.output_text == "Travis's favorite food is pizza."
    call, message = response.output
    # openai parses each item into its own type: the emulator's answers have the real shapes.
    assert isinstance(call, ResponseFileSearchToolCall) and call.results is not None
    assert call.results[0].filename == "test_favorite_foods.txt" and call.results[0].text == FACT.decode()
    assert isinstance(message, ResponseOutputMessage) and isinstance(message.content[0], ResponseOutputText)
    [citation] = message.content[0].annotations
    assert isinstance(citation, AnnotationFileCitation)
    assert (citation.filename, citation.index) == ("test_favorite_foods.txt", 31)


def test_the_workflow_streamed(official: openai.OpenAI, store_id: str) -> None:
    tools: list[ToolParam] = [{"type": "file_search", "vector_store_ids": [store_id]}]
    with official.responses.stream(model="gpt-4o-mini", input=QUESTION, tools=tools) as stream:
        kinds = [event.type for event in stream]
        final = stream.get_final_response()
    assert kinds[0] == "response.created" and kinds[-1] == "response.completed"
    assert "response.file_search_call.searching" in kinds and "response.output_text.annotation.added" in kinds
    assert final.output_text == "Travis's favorite food is pizza."
    events = list(official.responses.create(model="gpt-4o-mini", input=QUESTION, tools=tools, stream=True))
    assert [event.sequence_number for event in events] == list(range(len(events)))
    deltas = [event.delta for event in events if isinstance(event, ResponseTextDeltaEvent)]
    assert "".join(deltas) == final.output_text


def test_each_operation(official: openai.OpenAI) -> None:
    first = official.responses.create(model="gpt-4o-mini", input="Hello, model!")
    assert official.responses.retrieve(first.id).output_text == first.output_text
    follow = official.responses.create(model="gpt-4o-mini", input="Again", previous_response_id=first.id)
    assert follow.previous_response_id == first.id
    [item] = list(official.responses.input_items.list(follow.id))
    assert item.type == "message" and item.content[0].text == "Again"  # type: ignore[union-attr]
    assert official.responses.input_tokens.count(model="gpt-4o-mini", input="Tell me a joke.").input_tokens == 12
    compacted = official.responses.compact(model="gpt-4o-mini", previous_response_id=follow.id)
    assert compacted.output[-1].type == "compaction"
    background = official.responses.create(model="gpt-4o-mini", input="A story", background=True)
    assert background.status == "queued"
    assert official.responses.cancel(background.id).status == "cancelled"
    official.responses.delete(first.id)
    with pytest.raises(openai.NotFoundError):
        official.responses.retrieve(first.id)
    with pytest.raises(openai.BadRequestError, match="web_search"):
        official.responses.create(model="gpt-4o-mini", input="x", tools=[{"type": "web_search"}])
