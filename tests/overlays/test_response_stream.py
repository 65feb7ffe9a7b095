"""client.responses.stream(): events passed on with their snapshots, the final response, and the
connection closed when the block ends."""

from __future__ import annotations

from typing import Any

import httpx2
import pytest
from vectorstores import AsyncOpenAI, OpenAI

from .conftest import API_KEY, BASE_URL, FakeClock
from .streams import SSE_HEADERS, AsyncBody, SyncBody, sse

COMPLETED = {"id": "resp_1", "object": "response", "status": "completed", "output": []}
EVENTS: list[dict[str, Any]] = [
    {"type": "response.created", "sequence_number": 0, "response": {"id": "resp_1", "status": "in_progress"}},
    *(
        {"type": "response.output_text.delta", "sequence_number": n, "output_index": 0, "content_index": 0, "delta": d}
        for n, d in enumerate(["Hel", "lo", "!"], start=1)
    ),
    {"type": "response.function_call_arguments.delta", "sequence_number": 4, "output_index": 1, "delta": '{"a"'},
    {"type": "response.function_call_arguments.delta", "sequence_number": 5, "output_index": 1, "delta": ": 1}"},
    {"type": "response.completed", "sequence_number": 6, "response": COMPLETED},
]


def client_for(body: SyncBody, sent: list[httpx2.Request]) -> Any:
    def handle(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        return httpx2.Response(200, headers=SSE_HEADERS, stream=body)

    http = httpx2.Client(transport=httpx2.MockTransport(handle))
    return OpenAI(api_key=API_KEY, base_url=BASE_URL, http_client=http, _clock=FakeClock()).responses


def test_stream_yields_every_event_with_snapshots_and_the_final_response() -> None:
    body, sent = SyncBody([sse(*EVENTS)]), list[httpx2.Request]()
    responses = client_for(body, sent)
    with responses.stream(model="gpt-4o-mini", input="hi") as stream:
        events = list(stream)
        assert stream.get_final_response().to_dict() == COMPLETED
    assert [e.type for e in events] == [e["type"] for e in EVENTS]
    assert [e.snapshot for e in events[1:4]] == ["Hel", "Hello", "Hello!"]
    assert [e.snapshot for e in events[4:6]] == ['{"a"', '{"a": 1}']
    assert sent[0].method == "POST" and b'"model":"gpt-4o-mini"' in sent[0].content.replace(b" ", b"")
    assert body.closed


def test_leaving_the_block_early_closes_the_connection() -> None:
    body, sent = SyncBody(sse(*EVENTS) for _ in range(100)), list[httpx2.Request]()
    with client_for(body, sent).stream(model="m", input="hi") as stream:
        next(stream)
    assert body.closed and body.served == 1


def test_get_final_response_without_completed_event_is_an_error() -> None:
    body, sent = SyncBody([sse(*EVENTS[:-1])]), list[httpx2.Request]()
    with client_for(body, sent).stream(model="m", input="hi") as stream, pytest.raises(RuntimeError, match="completed"):
        stream.get_final_response()


def test_resuming_passes_starting_after_and_skips_events_up_to_it() -> None:
    body, sent = SyncBody([sse(*EVENTS)]), list[httpx2.Request]()
    with client_for(body, sent).stream(response_id="resp_1", starting_after=3) as stream:
        numbers = [event.sequence_number for event in stream]
        assert stream.get_final_response().to_dict() == COMPLETED
    assert sent[0].method == "GET" and sent[0].url.path.endswith("/responses/resp_1")
    assert sent[0].url.params["starting_after"] == "3"
    assert numbers == [4, 5, 6]


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ({"response_id": "resp_1", "model": "m"}, ValueError, "together with model"),
        ({"model": "m"}, ValueError, "input must be provided"),
        ({"input": "hi"}, ValueError, "model must be provided"),
        ({}, ValueError, "id must be provided"),
        ({"model": "m", "input": "hi", "text_format": dict}, TypeError, "text_format must be a pydantic model class"),
    ],
)
def test_bad_arguments_are_refused_before_sending(arguments: dict[str, Any], error: type, message: str) -> None:
    sent: list[httpx2.Request] = []
    with pytest.raises(error, match=message):
        client_for(SyncBody([]), sent).stream(**arguments)
    assert sent == []


@pytest.mark.anyio
async def test_async_stream_helper() -> None:
    body = AsyncBody([sse(*EVENTS)])
    http = httpx2.AsyncClient(
        transport=httpx2.MockTransport(lambda request: httpx2.Response(200, headers=SSE_HEADERS, stream=body))
    )
    responses = AsyncOpenAI(api_key=API_KEY, base_url=BASE_URL, http_client=http).responses
    async with responses.stream(model="m", input="hi") as stream:
        first = await stream.__anext__()
        assert first.type == "response.created"
        assert (await stream.get_final_response()).to_dict() == COMPLETED
    assert body.closed
