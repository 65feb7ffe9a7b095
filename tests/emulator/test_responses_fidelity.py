"""The emulator's ``/v1/responses`` measured against real recorded traffic, as its stores are.

Each recording below (``../shared/responses-traffic``, or ``$VECTORSTORES_RESPONSES_TRAFFIC``;
read where it lies, never copied) is replayed against the emulator request by request, with the
real ids swapped for the emulator's as they are handed out. For every answer: the status is the
real one, and every key path of the real answer is in the emulator's; for a streamed answer, the
events come in the real order (a run of ``output_text.delta`` counts once, since the number of
deltas follows the text) and each event's key paths are all there. The differences left are
listed in the emulator's README section.
"""

from __future__ import annotations

import base64
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest

from .conftest import API_KEY, Served, serve, stop, wait_for

REPO = Path(__file__).resolve().parents[2]
ROOT = Path(os.environ.get("VECTORSTORES_RESPONSES_TRAFFIC") or REPO.parent / "shared" / "responses-traffic")
RECORDS = ROOT / "openai-dotnet"
if not RECORDS.is_dir():
    pytest.skip(
        f"no Responses recordings at {ROOT}: set VECTORSTORES_RESPONSES_TRAFFIC to run these tests",
        allow_module_level=True,
    )

PREFIX = "tests__SessionRecords__"
# File search first (the point of the emulator's stand-in), then the recordings of the
# operations around it: stored and unstored responses, deletion, input items pages, counts,
# background responses, their cancellation and replayed streams, compaction.
RECORDINGS = [
    "ResponsesToolTests__FileSearch",
    "ResponsesToolTests__FileSearchCallStreaming",
    "ResponsesTests__CanDeleteResponse",
    "ResponsesTests__CanOptOutOfStorage",
    "ResponsesTests__GetResponseNoOptions",
    "ResponsesTests__CanGetInputTokenCounts",
    "ResponsesTests__CanCancelBackgroundResponses",
    "ResponsesTests__CanStreamBackgroundResponses",
    "ResponsesTests__CanCompactConversation",
    "ResponseStoreTests__GetInputItemsWithPaginationNoOptions",
    "ResponseStoreTests__GetInputItemsWithCombinedOptions",
    "ResponseStoreTests__GetInputItemsWithMinimalLimits",
    "ResponseStoreTests__GetInputItemsWithOrderFiltering",
]
# Ids the real API hands out; each is swapped for the emulator's once both are seen.
_ID = re.compile(r"\b(?:resp|msg|fs|cmp|vs|file)[_-][A-Za-z0-9]+")


def key_paths(value: Any, at: str = "") -> set[str]:
    """Every key path of a JSON value, list positions written ``[]``."""
    found = {at} if at else set()
    if isinstance(value, dict):
        for key, item in value.items():
            found |= key_paths(item, f"{at}.{key}" if at else key)
    elif isinstance(value, list):
        for item in value:
            found |= key_paths(item, f"{at}[]")
    return found


def stream_events(body: Any) -> list[dict[str, Any]]:
    """The events of a streamed answer (a recorded list of lines, or the emulator's text)."""
    text = "".join(body) if isinstance(body, list) else str(body)
    return [json.loads(line[len("data: ") :]) for line in text.splitlines() if line.startswith("data: ")]


def event_order(events: list[dict[str, Any]]) -> list[str]:
    """Event types in order, each run of text deltas counted once."""
    order: list[str] = []
    for event in events:
        if not (order and order[-1] == event["type"] == "response.output_text.delta"):
            order.append(event["type"])
    return order


def paths_by_event(events: list[dict[str, Any]]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for event in events:
        found.setdefault(event["type"], set()).update(key_paths(event))
    return found


class Replay:
    """One recording replayed against the emulator, with the ids seen so far paired up."""

    def __init__(self, http: httpx2.Client) -> None:
        self.http = http
        self.ids: dict[str, str] = {}

    def swap(self, text: str) -> str:
        return _ID.sub(lambda match: self.ids.get(match.group(), match.group()), text)

    def pair(self, real: Any, ours: Any) -> None:
        """Learn the emulator's id for each real id found at the same place in both answers."""
        if isinstance(real, dict) and isinstance(ours, dict):
            for key, item in real.items():
                if key in ("id", "first_id", "last_id") and isinstance(item, str) and isinstance(ours.get(key), str):
                    self.ids.setdefault(item, ours[key])
                elif key in ours:
                    self.pair(item, ours[key])
        elif isinstance(real, list) and isinstance(ours, list):
            for real_item, our_item in zip(real, ours, strict=False):
                self.pair(real_item, our_item)

    def send(self, entry: dict[str, Any]) -> httpx2.Response:
        method = entry["RequestMethod"]
        path = self.swap(entry["RequestUri"].removeprefix("https://api.openai.com/v1"))
        body = entry.get("RequestBody")
        if isinstance(body, list):  # a multipart upload: its file part and purpose
            text = "".join(body)
            name = re.search(r"filename=([^;\r\n]+)", text)
            content = re.search(r"b64:([A-Za-z0-9+/=]+)", text)
            purpose = re.search(r"name=purpose\r\n\r\n([a-z_]+)", text)
            assert name and content and purpose
            return self.http.post(
                path,
                files={"file": (name.group(1), base64.b64decode(content.group(1)), "text/plain")},
                data={"purpose": purpose.group(1)},
            )
        content_bytes = None if body is None else self.swap(json.dumps(body)).encode()
        headers = {"content-type": "application/json"} if body is not None else {}
        return self.http.request(method, path, content=content_bytes, headers=headers)

    def settle(self, answer: dict[str, Any]) -> None:
        """A store created with files is indexed before the next request, so the question that
        follows searches its text (the real test raced the indexing and won)."""
        if answer.get("object") == "vector_store" and answer["status"] == "in_progress":
            wait_for(lambda: self.http.get(f"/vector_stores/{answer['id']}").json()["status"] == "completed")


def load(name: str) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = json.loads((RECORDS / f"{PREFIX}{name}.json").read_text(encoding="utf-8"))[
        "Entries"
    ]
    return entries


@pytest.fixture(scope="module")
def slow() -> Iterator[Served]:
    """An emulator whose background steps last long enough to cancel one on a busy machine."""
    running = serve(api_key=API_KEY, processing_delay_ms=300)
    yield running
    stop(running)


@pytest.fixture
def replay(slow: Served) -> Iterator[Replay]:
    with httpx2.Client(base_url=slow.base_url, headers={"Authorization": f"Bearer {API_KEY}"}, timeout=30) as http:
        yield Replay(http)


@pytest.mark.parametrize("name", RECORDINGS)
def test_the_emulator_answers_as_recorded(name: str, replay: Replay) -> None:
    missing: list[str] = []
    for number, entry in enumerate(load(name)):
        answer = replay.send(entry)
        where = f"{number}: {entry['RequestMethod']} {entry['RequestUri'].removeprefix('https://api.openai.com/v1')}"
        assert answer.status_code == entry["StatusCode"], f"{where}: {answer.status_code} {answer.text[:300]}"
        real = entry["ResponseBody"]
        if answer.headers["content-type"].startswith("text/event-stream"):
            real_events, our_events = stream_events(real), stream_events(answer.text)
            assert event_order(our_events) == event_order(real_events), where
            ours_by_type = paths_by_event(our_events)
            for kind, paths in paths_by_event(real_events).items():
                missing += [f"{where} {kind}: {path}" for path in sorted(paths - ours_by_type.get(kind, set()))]
            replay.pair(real_events[0]["response"], our_events[0]["response"])
            replay.pair(real_events[-1]["response"], our_events[-1]["response"])
            continue
        ours = answer.json()
        missing += [f"{where}: {path}" for path in sorted(key_paths(real) - key_paths(ours))]
        if answer.status_code >= 400:
            assert ours["error"]["message"] == replay.swap(real["error"]["message"]), where
        replay.pair(real, ours)
        replay.settle(ours)
    assert not missing, "key paths of the real answers the emulator lacks:\n" + "\n".join(missing)


def test_the_model_is_echoed_dated_as_recorded(replay: Replay) -> None:
    [entry] = [e for e in load("ResponsesToolTests__FileSearch") if e["RequestUri"].endswith("/responses")]
    plain = {"model": entry["RequestBody"]["model"], "input": "hello"}
    assert replay.http.post("/responses", json=plain).json()["model"] == entry["ResponseBody"]["model"]
