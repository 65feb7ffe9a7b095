"""Helpers the ``/v1/responses`` tests share: a store of small documents, and event streams read
back into events. It holds no tests."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import httpx2

from .support import Json, indexed, ok, store, upload

# Each document holds one fact a question can find; "note" is in all of them so that only
# filters and limits decide which are found for a question about notes.
DOCUMENTS: dict[str, tuple[str, Json]] = {
    "foods.txt": ("Travis's favorite food is pizza. He eats it on Fridays.", {"topic": "food", "year": 2024}),
    "pets.txt": ("A note on pets: Maria's cat is called Pixel. It sleeps all day.", {"topic": "pets", "year": 2025}),
    "trips.txt": ("A note on travel: the team visited Lisbon in May.", {"topic": "travel", "year": 2023}),
}


@dataclass
class Library:
    """A store holding ``DOCUMENTS`` and their file ids by name."""

    store_id: str
    file_ids: dict[str, str]

    def name_of(self, file_id: str) -> str:
        return next(name for name, known in self.file_ids.items() if known == file_id)


def library(http: httpx2.Client) -> Library:
    store_id = store(http, name="library")["id"]
    file_ids = {}
    for name, (text, attributes) in DOCUMENTS.items():
        file_ids[name] = upload(http, name, text.encode(), purpose="user_data")["id"]
        ok(http.post(f"/vector_stores/{store_id}/files", json={"file_id": file_ids[name], "attributes": attributes}))
    for file_id in file_ids.values():
        assert indexed(http, store_id, file_id)["status"] == "completed"
    return Library(store_id, file_ids)


def file_search(store_id: str, **options: Any) -> Json:
    return {"type": "file_search", "vector_store_ids": [store_id], **options}


def events_of(text: str) -> list[Json]:
    """The events of an event stream, each checked to carry its ``event:`` line's type."""
    events = []
    for block in text.strip().split("\n\n"):
        lines = block.split("\n")
        assert lines[0].startswith("event: ") and lines[1].startswith("data: "), block
        event: Json = json.loads(lines[1].removeprefix("data: "))
        assert event["type"] == lines[0].removeprefix("event: ")
        events.append(event)
    return events


def message_text(response: Json) -> str:
    [message] = [item for item in response["output"] if item["type"] == "message"]
    text: str = message["content"][0]["text"]
    return text


def citations(response: Json) -> list[Json]:
    [message] = [item for item in response["output"] if item["type"] == "message"]
    found: list[Json] = message["content"][0]["annotations"]
    return found
