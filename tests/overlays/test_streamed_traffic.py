"""Every streamed answer of ../shared/responses-traffic (read where it is), served as its recorded
bytes in awkward pieces, read through client.responses: sync and async (asyncio and trio), each
event typed and its dict the recorded JSON, the final response the one of ``response.completed``,
and the text snapshots what the deltas add up to."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
from vectorstores import AsyncOpenAI, OpenAI

from .conftest import API_KEY, BASE_URL
from .streams import SSE_HEADERS, AsyncBody, SyncBody, chunked

ROOT = Path(__file__).resolve().parents[2]
TRAFFIC = Path(os.environ.get("VECTORSTORES_RESPONSES_TRAFFIC", ROOT.parent / "shared" / "responses-traffic"))
RECORDINGS = sorted(TRAFFIC.rglob("*.json")) if TRAFFIC.is_dir() else []
pytestmark = pytest.mark.skipif(not RECORDINGS, reason=f"no Responses recordings at {TRAFFIC}")


def _streamed() -> Iterator[tuple[str, dict[str, Any]]]:
    for recording in RECORDINGS:
        for index, entry in enumerate(json.loads(recording.read_text(encoding="utf-8"))["Entries"]):
            if isinstance(entry["ResponseBody"], list):
                yield f"{recording.stem.rsplit('__', 1)[-1]}[{index}]", entry


STREAMED = list(_streamed())
IDS = [name for name, _ in STREAMED]


def recorded_events(entry: dict[str, Any]) -> list[dict[str, Any]]:
    return [json.loads(line[len("data:") :]) for line in entry["ResponseBody"] if line.startswith("data:")]


def body_of(entry: dict[str, Any]) -> bytes:
    return "".join(entry["ResponseBody"]).encode()


def stream_arguments(entry: dict[str, Any]) -> dict[str, Any]:
    """What to pass to responses.stream() for the recorded request."""
    if entry["RequestMethod"] == "GET":
        return {"response_id": entry["RequestUri"].split("?")[0].rsplit("/", 1)[-1]}
    sent = {k: v for k, v in entry["RequestBody"].items() if k != "stream"}
    return {"model": sent.pop("model"), "input": sent.pop("input"), "extra_body": sent}


def check(entry: dict[str, Any], events: list[Any], final: Any) -> None:
    recorded = recorded_events(entry)
    # The helper adds openai's ``snapshot`` to text and arguments deltas (in their dict too, as
    # openai's model_dump shows it); all else is as recorded.
    assert [{k: v for k, v in event.to_dict().items() if k != "snapshot"} for event in events] == recorded
    assert all(type(event).__name__ != "UnknownObject" for event in events)
    completed = [data for data in recorded if data["type"] == "response.completed"]
    assert final.to_dict() == completed[-1]["response"]
    # The snapshot of each text part's last delta is the text its done event gives.
    last: dict[tuple[int, int], str] = {}
    for event in events:
        if event.type == "response.output_text.delta":
            last[(event.output_index, event.content_index)] = event.snapshot
        elif event.type == "response.output_text.done":
            assert last.get((event.output_index, event.content_index), "") == event.text


def test_every_streamed_recording_is_found() -> None:
    assert len(STREAMED) == 13
    assert sum(len(recorded_events(entry)) for _, entry in STREAMED) > 4000


@pytest.mark.parametrize(("name", "entry"), STREAMED, ids=IDS)
def test_recorded_stream_reads_whole_through_the_client(name: str, entry: dict[str, Any]) -> None:
    sent: list[httpx2.Request] = []
    body = SyncBody(chunked(body_of(entry), 997))  # pieces that cut lines and characters

    def handle(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        return httpx2.Response(200, headers=SSE_HEADERS, stream=body)

    client = OpenAI(
        api_key=API_KEY, base_url=BASE_URL, http_client=httpx2.Client(transport=httpx2.MockTransport(handle))
    )
    with client.responses.stream(**stream_arguments(entry)) as stream:
        events = list(stream)
        final = stream.get_final_response()
    check(entry, events, final)
    assert body.closed
    assert sent[0].method == entry["RequestMethod"]
    if entry["RequestMethod"] == "POST":
        assert json.loads(sent[0].content) == {**entry["RequestBody"], "stream": True}


@pytest.mark.parametrize(("name", "entry"), STREAMED, ids=IDS)
def test_recorded_stream_through_create_stream_true(name: str, entry: dict[str, Any]) -> None:
    recorded = recorded_events(entry)
    answer = httpx2.Response(200, headers=SSE_HEADERS, content=body_of(entry))
    client = OpenAI(
        api_key=API_KEY, base_url=BASE_URL, http_client=httpx2.Client(transport=httpx2.MockTransport(lambda r: answer))
    )
    if entry["RequestMethod"] == "GET":
        stream = client.responses.retrieve(stream_arguments(entry)["response_id"], stream=True)
    else:
        arguments = stream_arguments(entry)
        stream = client.responses.create(
            model=arguments["model"], input=arguments["input"], extra_body=arguments["extra_body"], stream=True
        )
    with stream:
        assert [event.to_dict() for event in stream] == recorded
    assert stream.response.is_closed


@pytest.mark.anyio
@pytest.mark.parametrize(("name", "entry"), STREAMED, ids=IDS)
async def test_recorded_stream_reads_whole_async(name: str, entry: dict[str, Any]) -> None:
    body = AsyncBody(chunked(body_of(entry), 1499))
    transport = httpx2.MockTransport(lambda request: httpx2.Response(200, headers=SSE_HEADERS, stream=body))
    client = AsyncOpenAI(api_key=API_KEY, base_url=BASE_URL, http_client=httpx2.AsyncClient(transport=transport))
    async with client.responses.stream(**stream_arguments(entry)) as stream:
        events = [event async for event in stream]
        final = await stream.get_final_response()
    check(entry, events, final)
    assert body.closed
