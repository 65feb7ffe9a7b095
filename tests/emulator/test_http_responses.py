"""``/v1/responses`` through plain httpx2: the stand-in's file search and cited answers, each
operation, stored and unstored responses, turns, background responses and the errors."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import httpx2
import pytest

from .conftest import API_KEY, Served, serve, stop, wait_for
from .responses_support import DOCUMENTS, Library, citations, events_of, file_search, library, message_text
from .support import Json, error, ok


@pytest.fixture
def books(http: httpx2.Client) -> Library:
    return library(http)


def create(http: httpx2.Client, **body: Any) -> Json:
    return ok(http.post("/responses", json={"model": "gpt-4o-mini", **body}))


def test_file_search_answers_with_the_cited_sentence(http: httpx2.Client, books: Library) -> None:
    question = "Using the file search tool, what's Travis's favorite food?"
    response = create(http, input=question, tools=[file_search(books.store_id)])
    assert (response["object"], response["status"], response["model"]) == (
        "response",
        "completed",
        "gpt-4o-mini-2024-07-18",
    )
    call, message = response["output"]
    assert call["type"] == "file_search_call" and call["status"] == "completed"
    assert call["queries"][0] == question
    assert call["results"] is None  # not included unless asked
    assert call["id"].startswith("fs_") and message["id"].startswith("msg_") and response["id"].startswith("resp_")
    assert message_text(response).startswith("Travis's favorite food is pizza.")
    first = citations(response)[0]
    assert first == {
        "type": "file_citation",
        "file_id": books.file_ids["foods.txt"],
        "filename": "foods.txt",
        "index": len("Travis's favorite food is pizza"),  # before the full stop, as upstream cites
    }


def test_every_citation_points_at_the_end_of_its_sentence(http: httpx2.Client, books: Library) -> None:
    response = create(http, input="Which note mentions a cat or travel?", tools=[file_search(books.store_id)])
    text = message_text(response)
    found = citations(response)
    assert len(found) >= 2
    for citation in found:
        assert text[citation["index"]] in ".!?"
        assert DOCUMENTS[citation["filename"]][0].find(text[: citation["index"]].rsplit(". ", 1)[-1]) >= 0


def test_the_tool_is_echoed_with_the_real_defaults(http: httpx2.Client, books: Library) -> None:
    response = create(http, input="pizza?", tools=[file_search(books.store_id)])
    assert response["tools"] == [
        {
            "type": "file_search",
            "filters": None,
            "max_num_results": 20,
            "ranking_options": {"ranker": "auto", "score_threshold": 0.0},
            "vector_store_ids": [books.store_id],
        }
    ]


def test_results_come_back_when_included(http: httpx2.Client, books: Library) -> None:
    response = create(
        http, input="Travis favorite food", tools=[file_search(books.store_id)], include=["file_search_call.results"]
    )
    results = response["output"][0]["results"]
    assert results[0]["file_id"] == books.file_ids["foods.txt"]
    assert results[0]["filename"] == "foods.txt"
    assert results[0]["text"] == DOCUMENTS["foods.txt"][0]
    assert results[0]["attributes"] == {"topic": "food", "year": 2024}
    assert 0 < results[0]["score"] <= 1


def names(response: Json, library: Library) -> set[str]:
    return {library.name_of(result["file_id"]) for result in response["output"][0]["results"]}


def test_filters_limits_and_threshold_narrow_the_search(http: httpx2.Client, books: Library) -> None:
    ask: dict[str, Any] = {"input": "Is there a note?", "include": ["file_search_call.results"]}
    everything = create(http, tools=[file_search(books.store_id)], **ask)
    assert names(everything, books) == {"pets.txt", "trips.txt"}
    filtered = create(
        http, tools=[file_search(books.store_id, filters={"type": "gte", "key": "year", "value": 2025})], **ask
    )
    assert names(filtered, books) == {"pets.txt"}
    assert citations(filtered)[0]["filename"] == "pets.txt"
    one = create(http, tools=[file_search(books.store_id, max_num_results=1)], **ask)
    assert len(one["output"][0]["results"]) == 1
    strict = create(http, tools=[file_search(books.store_id, ranking_options={"score_threshold": 1.0})], **ask)
    assert strict["output"][0]["results"] == []
    assert citations(strict) == []
    assert "found no passage" in message_text(strict)


def test_no_tool_answers_that_it_is_the_emulator(http: httpx2.Client) -> None:
    response = create(http, input="Tell me a joke.")
    [message] = response["output"]
    assert "emulator" in message_text(response) and "Tell me a joke." in message_text(response)
    assert response["tools"] == []
    assert create(http, input="Tell me a joke.")["output"][0]["content"] == message["content"]


def test_usage_is_counted_the_same_way_every_time(http: httpx2.Client, books: Library) -> None:
    body = {"input": "what's Travis's favorite food?", "tools": [file_search(books.store_id)]}
    first, second = create(http, **body)["usage"], create(http, **body)["usage"]
    assert first == second
    assert first["total_tokens"] == first["input_tokens"] + first["output_tokens"]
    assert first["input_tokens_details"] == {"cached_tokens": 0}
    counted = ok(http.post("/responses/input_tokens", json={"model": "gpt-4o-mini", "input": "Tell me a joke."}))
    assert counted == {"object": "response.input_tokens", "input_tokens": 12}  # the recorded real count


@pytest.mark.parametrize(("model", "echoed"), [("gpt-4o-mini", "gpt-4o-mini-2024-07-18"), ("my-model", "my-model")])
def test_model_names_are_echoed_as_upstream_does(http: httpx2.Client, model: str, echoed: str) -> None:
    assert create(http, input="hi", model=model)["model"] == echoed


def test_a_stored_response_is_retrieved_and_deleted(http: httpx2.Client) -> None:
    response = create(http, input="Hello, model!")
    assert ok(http.get(f"/responses/{response['id']}")) == response
    assert ok(http.delete(f"/responses/{response['id']}")) == {
        "id": response["id"],
        "object": "response.deleted",
        "deleted": True,
    }
    found = error(http.get(f"/responses/{response['id']}"), 404)
    assert found["message"] == f"Response with id '{response['id']}' not found."
    error(http.delete(f"/responses/{response['id']}"), 404)


def test_store_false_keeps_nothing(http: httpx2.Client) -> None:
    response = create(http, input="Hello, model!", store=False)
    assert response["store"] is False and response["status"] == "completed"
    error(http.get(f"/responses/{response['id']}"), 404)
    error(http.get(f"/responses/{response['id']}/input_items"), 404)


def test_previous_response_id_carries_the_earlier_turns(http: httpx2.Client, books: Library) -> None:
    tools = [file_search(books.store_id)]
    first = create(http, input="What is Travis's favorite food?", tools=tools)
    follow = create(http, input="And where did the team travel?", tools=tools, previous_response_id=first["id"])
    assert follow["previous_response_id"] == first["id"]
    assert "Lisbon" in message_text(follow)
    alone = create(http, input="And where did the team travel?", tools=tools)
    # The earlier question and answer count as input of the later turn.
    assert follow["usage"]["input_tokens"] > alone["usage"]["input_tokens"]
    [item] = ok(http.get(f"/responses/{follow['id']}/input_items"))["data"]
    assert item["content"] == [{"type": "input_text", "text": "And where did the team travel?"}]
    missing = error(http.post("/responses", json={"model": "m", "input": "x", "previous_response_id": "resp_x"}), 400)
    assert (missing["param"], missing["code"]) == ("previous_response_id", "previous_response_not_found")


def test_an_unstored_response_cannot_be_continued(http: httpx2.Client) -> None:
    gone = create(http, input="Hello", store=False)
    error(http.post("/responses", json={"model": "m", "input": "x", "previous_response_id": gone["id"]}), 400)


def test_input_items_page_newest_first_by_default(http: httpx2.Client) -> None:
    texts = ["Item 1", "Item 2", "Item 3", "Item 4"]
    response = create(
        http, input=[{"type": "message", "role": "user", "content": [{"type": "input_text", "text": t}]} for t in texts]
    )
    path = f"/responses/{response['id']}/input_items"
    page = ok(http.get(path))
    assert [item["content"][0]["text"] for item in page["data"]] == texts[::-1]
    assert page["object"] == "list" and page["has_more"] is False
    assert (page["first_id"], page["last_id"]) == (page["data"][0]["id"], page["data"][-1]["id"])
    first = ok(http.get(path, params={"limit": 2, "order": "asc"}))
    assert [item["content"][0]["text"] for item in first["data"]] == texts[:2] and first["has_more"] is True
    rest = ok(http.get(path, params={"limit": 2, "order": "asc", "after": first["last_id"]}))
    assert [item["content"][0]["text"] for item in rest["data"]] == texts[2:] and rest["has_more"] is False
    error(http.get(path, params={"after": "msg_unknown"}), 400, "after")
    error(http.get(path, params={"limit": 101}), 400, "limit")


def test_a_string_input_is_listed_as_a_user_message(http: httpx2.Client) -> None:
    response = create(http, input="Hello")
    [item] = ok(http.get(f"/responses/{response['id']}/input_items"))["data"]
    assert item["id"].startswith("msg_")
    assert (item["type"], item["status"], item["role"]) == ("message", "completed", "user")
    assert item["content"] == [{"type": "input_text", "text": "Hello"}]


def test_a_stream_is_the_response_as_events(http: httpx2.Client, books: Library) -> None:
    answer = http.post(
        "/responses",
        json={
            "model": "gpt-4o-mini",
            "input": "Travis's favorite food?",
            "tools": [file_search(books.store_id)],
            "stream": True,
        },
    )
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "text/event-stream; charset=utf-8"
    events = events_of(answer.text)
    assert [event["sequence_number"] for event in events] == list(range(len(events)))
    final = ok(http.get(f"/responses/{events[0]['response']['id']}"))  # the streamed response is stored
    assert events[-1]["type"] == "response.completed"
    # As upstream streams it: the JSON answer's ``billing`` is not in the closing event.
    assert events[-1]["response"] == {key: value for key, value in final.items() if key != "billing"}
    text = "".join(event["delta"] for event in events if event["type"] == "response.output_text.delta")
    assert text == message_text(final)
    added = [event["annotation"] for event in events if event["type"] == "response.output_text.annotation.added"]
    assert added == citations(final)


def test_a_stored_stream_is_replayed_after_a_sequence_number(http: httpx2.Client) -> None:
    streamed = events_of(http.post("/responses", json={"model": "m", "input": "Hi", "stream": True}).text)
    response_id = streamed[0]["response"]["id"]
    replayed = http.get(f"/responses/{response_id}", params={"stream": "true", "starting_after": 1})
    assert events_of(replayed.text) == streamed[2:]


def test_a_background_response_is_queued_then_runs(http: httpx2.Client, books: Library) -> None:
    queued = create(http, input="Travis's food?", tools=[file_search(books.store_id)], background=True)
    assert (queued["status"], queued["background"], queued["output"], queued["usage"]) == ("queued", True, [], None)
    seen: list[str] = []

    def done() -> bool:
        seen.append(ok(http.get(f"/responses/{queued['id']}"))["status"])
        return seen[-1] == "completed"

    wait_for(done)
    assert "in_progress" in seen or len(seen) == 1  # a slow machine may miss the middle step
    final = ok(http.get(f"/responses/{queued['id']}"))
    assert message_text(final).startswith("Travis's favorite food is pizza.")
    replayed = events_of(http.get(f"/responses/{queued['id']}", params={"stream": "true"}).text)
    assert [event["type"] for event in replayed[:3]] == ["response.created", "response.queued", "response.in_progress"]
    assert replayed[-1]["response"] == {key: value for key, value in final.items() if key != "billing"}


def test_cancel_stops_a_background_response(http: httpx2.Client, emulator: Served) -> None:
    queued = create(http, input="Tell me a bedtime story.", background=True)
    cancelled = ok(http.post(f"/responses/{queued['id']}/cancel"))
    assert (cancelled["status"], cancelled["output"]) == ("cancelled", [])
    time.sleep(0.3)  # past the processing delays: the worker must leave it cancelled
    assert ok(http.get(f"/responses/{queued['id']}"))["status"] == "cancelled"
    assert ok(http.post(f"/responses/{queued['id']}/cancel"))["status"] == "cancelled"


def test_cancel_refuses_a_response_that_is_not_in_the_background(http: httpx2.Client) -> None:
    response = create(http, input="Hello")
    found = error(http.post(f"/responses/{response['id']}/cancel"), 400)
    assert "synchronous" in found["message"]
    error(http.post("/responses/resp_unknown/cancel"), 404)


def test_background_needs_storage(http: httpx2.Client) -> None:
    error(
        http.post("/responses", json={"model": "m", "input": "x", "background": True, "store": False}),
        400,
        "background",
    )


@pytest.mark.parametrize(
    "tool",
    [
        {"type": "web_search"},
        {"type": "code_interpreter", "container": {"type": "auto"}},
        {"type": "function", "name": "f", "parameters": {}},
        {"type": "mcp", "server_label": "x", "server_url": "https://example.invalid"},
        {"type": "image_generation"},
        {"type": "computer_use_preview", "display_width": 1, "display_height": 1, "environment": "linux"},
    ],
)
def test_a_tool_the_stand_in_cannot_run_is_refused(http: httpx2.Client, tool: Json) -> None:
    found = error(http.post("/responses", json={"model": "m", "input": "x", "tools": [tool]}), 400, "tools[0].type")
    assert f"'{tool['type']}'" in found["message"]
    assert found["type"] == "invalid_request_error"


def test_an_unknown_store_is_not_found(http: httpx2.Client, books: Library) -> None:
    tools = [file_search(books.store_id) | {"vector_store_ids": [books.store_id, "vs_missing"]}]
    found = error(http.post("/responses", json={"model": "m", "input": "x", "tools": tools}), 404)
    assert found["param"] == "tools[0].vector_store_ids[1]" and "vs_missing" in found["message"]


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"input": "x"}, "model"),
        ({"model": "m", "input": "x", "surprise": 1}, "surprise"),
        ({"model": "m", "input": 5}, "input"),
        ({"model": "m", "input": "x", "include": ["nothing"]}, "include[0]"),
        ({"model": "m", "input": "x", "tools": [{"type": "file_search"}]}, "tools[0].vector_store_ids"),
        ({"model": "m", "input": [{"role": "robot", "content": "x"}]}, "input[0].role"),
    ],
)
def test_bad_requests_name_the_parameter(http: httpx2.Client, body: Json, param: str) -> None:
    error(http.post("/responses", json=body), 400, param)


def test_bad_tool_options_name_the_parameter(http: httpx2.Client, books: Library) -> None:
    def tool_error(**options: Any) -> Json:
        body = {"model": "m", "input": "x", "tools": [file_search(books.store_id, **options)]}
        return error(http.post("/responses", json=body), 400)

    assert tool_error(max_num_results=51)["param"] == "tools[0].max_num_results"
    assert tool_error(ranking_options={"score_threshold": 2})["param"] == "tools[0].ranking_options.score_threshold"
    assert tool_error(filters={"type": "in", "key": "year", "value": 1})["param"] == "tools[0].filters.value"


def test_compaction_keeps_user_messages_and_folds_the_rest(http: httpx2.Client, books: Library) -> None:
    first = create(http, input="Where did the team travel?", tools=[file_search(books.store_id)])
    compacted = ok(
        http.post("/responses/compact", json={"model": "gpt-4o-mini", "previous_response_id": first["id"], "input": []})
    )
    assert compacted["object"] == "response.compaction"
    user, folded = compacted["output"]
    assert user["content"] == [{"type": "input_text", "text": "Where did the team travel?"}]
    assert folded["type"] == "compaction" and folded["id"].startswith("cmp_")
    # The compaction sent back stands for what it folded: the next turn counts it as input.
    window = [*compacted["output"], {"role": "user", "content": "Thanks"}]
    with_window = ok(http.post("/responses/input_tokens", json={"model": "m", "input": window}))["input_tokens"]
    alone = ok(http.post("/responses/input_tokens", json={"model": "m", "input": window[:1] + window[2:]}))
    assert with_window > alone["input_tokens"]


def test_responses_survive_a_restart(tmp_path: Path) -> None:
    first = serve(tmp_path, api_key=API_KEY)
    headers = {"Authorization": f"Bearer {API_KEY}"}
    try:
        with httpx2.Client(base_url=first.base_url, headers=headers) as http:
            response = ok(http.post("/responses", json={"model": "gpt-4o-mini", "input": "Remember me"}))
    finally:
        stop(first)
    second = serve(tmp_path, api_key=API_KEY)
    try:
        with httpx2.Client(base_url=second.base_url, headers=headers) as http:
            assert ok(http.get(f"/responses/{response['id']}")) == response
            follow = ok(
                http.post("/responses", json={"model": "m", "input": "Again", "previous_response_id": response["id"]})
            )
            assert follow["usage"]["input_tokens"] > 0
    finally:
        stop(second)


def test_a_seeded_emulator_answers_the_same_run_the_same_way() -> None:
    """Under ``--seed`` ids, times, streams and background steps repeat exactly (what recording
    cassettes twice needs)."""

    def session() -> list[str]:
        served = serve(seed=7, processing_delay_ms=500)
        try:
            with httpx2.Client(base_url=served.base_url) as http:
                uploaded = ok(
                    http.post(
                        "/files", files={"file": ("a.txt", b"Travis likes pizza.")}, data={"purpose": "user_data"}
                    )
                )
                store_id = ok(http.post("/vector_stores", json={"file_ids": [uploaded["id"]]}))["id"]
                ok(http.get(f"/vector_stores/{store_id}"))  # one request later, the file is indexed
                tools = [file_search(store_id)]
                streamed = http.post(
                    "/responses", json={"model": "m", "input": "pizza?", "tools": tools, "stream": True}
                )
                queued = ok(
                    http.post("/responses", json={"model": "m", "input": "pizza?", "tools": tools, "background": True})
                )
                later = [ok(http.get(f"/responses/{queued['id']}")) for _ in range(3)]
                assert [response["status"] for response in later] == ["in_progress", "completed", "completed"]
                return [streamed.text, *(json.dumps(response) for response in [queued, *later])]
        finally:
            stop(served)

    first = session()
    assert "Travis likes pizza." in first[-1]
    assert session() == first
