"""Every recorded ``input_items`` page of ../shared/responses-traffic (read where it is), served
to ``client.responses.input_items.list``: each item is the class its ``type`` (and, for the
messages input and output share, its ``role``) names, with nothing lost; an item of a kind the
document does not list is kept as an ``UnknownObject`` with its data."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from vectorstores import OpenAI
from vectorstores.types.responses import ResponseItem
from vectorstores_raw.base_model import UnknownObject

from .conftest import Recorder, Reply

ROOT = Path(__file__).resolve().parents[2]
TRAFFIC = Path(os.environ.get("VECTORSTORES_RESPONSES_TRAFFIC", ROOT.parent / "shared" / "responses-traffic"))
RECORDINGS = sorted(TRAFFIC.rglob("*.json")) if TRAFFIC.is_dir() else []

# The document's ItemResource members, by the item's type and (for messages) role.
EXPECTED = {
    ("message", "user"): "InputMessageResource",
    ("message", "system"): "InputMessageResource",
    ("message", "developer"): "InputMessageResource",
    ("message", "assistant"): "ResponseOutputMessage",
    ("function_call", None): "FunctionToolCallResource",
    ("function_call_output", None): "FunctionToolCallOutputResource",
    ("file_search_call", None): "ResponseFileSearchToolCall",
    ("reasoning", None): "ResponseReasoningItem",
}


def _pages() -> list[tuple[str, str, dict[str, Any]]]:
    """(name, request path, recorded page) of every answered input_items request."""
    found = []
    for recording in RECORDINGS:
        for index, entry in enumerate(json.loads(recording.read_text(encoding="utf-8"))["Entries"]):
            path = urlsplit(entry["RequestUri"]).path
            if entry["RequestMethod"] == "GET" and path.endswith("/input_items") and entry["StatusCode"] == 200:
                found.append((f"{recording.stem.rsplit('__', 1)[-1]}[{index}]", path, entry["ResponseBody"]))
    return found


PAGES = _pages()
pytestmark = pytest.mark.skipif(not RECORDINGS, reason=f"no Responses recordings at {TRAFFIC}")


def _serve(recorder: Recorder, path: str, page: dict[str, Any]) -> str:
    """Answer the page's request with the recorded page; the response id it was asked for."""
    response_id = path.split("/")[-2]
    recorder.add("GET", f"/responses/{response_id}/input_items", Reply(json=page))
    return response_id


def test_the_recorded_pages_are_found() -> None:
    assert len(PAGES) >= 20
    kinds = {item["type"] for _, _, page in PAGES for item in page["data"]}
    assert {"message", "function_call", "function_call_output"} <= kinds


@pytest.mark.parametrize(("name", "path", "page"), PAGES, ids=[name for name, _, _ in PAGES])
def test_a_recorded_page_parses_to_its_items_classes(
    name: str, path: str, page: dict[str, Any], client: OpenAI, recorder: Recorder
) -> None:
    listed = client.responses.input_items.list(_serve(recorder, path, page))
    expected = [EXPECTED[(item["type"], item.get("role"))] for item in page["data"]]
    assert [type(item).__name__ for item in listed.data] == expected
    assert [item.to_dict() for item in listed.data] == page["data"]
    assert listed.has_more == page["has_more"]


def test_an_item_of_an_unknown_type_is_kept_whole(client: OpenAI, recorder: Recorder) -> None:
    name, path, recorded = next(found for found in PAGES if len(found[2]["data"]) > 1)
    first = recorded["data"][0]
    # A kind added after generation, shaped like a known one: its tag says it is not that one.
    later = {**first, "type": "message_v2", "id": "mv2_1", "annotations": [{"type": "new"}]}
    page = {**recorded, "data": [later, *recorded["data"][1:]]}
    listed = client.responses.input_items.list(_serve(recorder, path, page))
    unknown = listed.data[0]
    assert isinstance(unknown, UnknownObject), name
    assert unknown.to_dict() == later
    assert unknown.id == "mv2_1"
    assert [item.to_dict() for item in listed.data] == page["data"]
    assert type(listed.data[1]).__name__ == EXPECTED[(recorded["data"][1]["type"], recorded["data"][1].get("role"))]


def test_an_assistant_message_is_the_output_message_though_both_say_message(client: OpenAI, recorder: Recorder) -> None:
    name, path, recorded = PAGES[0]
    said = {
        "type": "message",
        "id": "msg_out",
        "role": "assistant",
        "status": "completed",
        "content": [{"type": "output_text", "text": "hi", "annotations": []}],
    }
    page = {**recorded, "data": [*recorded["data"], said]}
    items: list[ResponseItem] = list(client.responses.input_items.list(_serve(recorder, path, page)).data)
    assert type(items[-1]).__name__ == "ResponseOutputMessage", name
    assert items[-1].to_dict() == said
