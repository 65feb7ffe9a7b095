"""Real Responses API answers (../shared/responses-traffic, read where they are) parse into the
generated models and events with nothing lost: each one's ``to_dict()`` is the recorded JSON."""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import httpx2
import pytest
from vectorstores_raw import api

ROOT = Path(__file__).resolve().parents[2]
TRAFFIC = Path(os.environ.get("VECTORSTORES_RESPONSES_TRAFFIC", ROOT.parent / "shared" / "responses-traffic"))
RECORDINGS = sorted(TRAFFIC.rglob("*.json")) if TRAFFIC.is_dir() else []


def _operations() -> list[tuple[str, re.Pattern[str], ModuleType]]:
    """(method, path pattern, raw module) of every generated operation."""
    found = []
    for info in pkgutil.walk_packages(api.__path__, api.__name__ + "."):
        module = importlib.import_module(info.name)
        operation = getattr(module, "OPERATION", None)
        if operation is not None:
            pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(operation[1]))
            found.append((operation[0], re.compile(f"/v1{pattern}$"), module))
    return found


OPERATIONS = _operations()


def _module(method: str, uri: str) -> ModuleType:
    path = urlsplit(uri).path
    hits = [module for verb, pattern, module in OPERATIONS if verb == method and pattern.match(path)]
    assert len(hits) == 1, f"{method} {path}: {len(hits)} operations"
    return hits[0]


def _answers() -> Iterator[tuple[str, dict[str, Any]]]:
    for recording in RECORDINGS:
        for index, entry in enumerate(json.loads(recording.read_text(encoding="utf-8"))["Entries"]):
            if "/responses" in entry["RequestUri"] and 200 <= entry["StatusCode"] < 300:
                yield f"{recording.stem.rsplit('__', 1)[-1]}[{index}]", entry


ANSWERS = list(_answers())
pytestmark = pytest.mark.skipif(not RECORDINGS, reason=f"no Responses recordings at {TRAFFIC}")


def _events(body: list[str]) -> Iterator[dict[str, Any]]:
    for line in body:
        if line.startswith("data:"):
            yield json.loads(line[len("data:") :].strip())


def test_all_recordings_are_read() -> None:
    assert len(RECORDINGS) == 73
    assert len(ANSWERS) > 73


@pytest.mark.parametrize(("name", "entry"), ANSWERS, ids=[name for name, _ in ANSWERS])
def test_answer_parses_with_nothing_lost(name: str, entry: dict[str, Any]) -> None:
    module = _module(entry["RequestMethod"], entry["RequestUri"])
    body = entry["ResponseBody"]
    if isinstance(body, list):  # text/event-stream: each event's data, parsed as it arrives
        events = list(_events(body))
        assert events
        for data in events:
            event = module.parse_event(data)
            assert type(event).__name__ != "UnknownObject", data.get("type")
            assert event.to_dict() == data
    else:
        parsed = module.parse_response(httpx2.Response(200, json=body))
        if module.parse_response.__annotations__["return"] == "None":  # no content declared: openai's None
            assert parsed is None
        else:
            assert parsed.to_dict() == body


def _responses() -> list[tuple[str, dict[str, Any]]]:
    """Every recorded Response object: plain answers, and the one a stream completes with."""
    found = []
    for name, entry in ANSWERS:
        body = entry["ResponseBody"]
        for data in _events(body) if isinstance(body, list) else [body]:
            response = data.get("response") if data.get("type") == "response.completed" else data
            if isinstance(response, dict) and response.get("object") == "response":
                found.append((name, response))
    return found


RESPONSES = _responses()


def test_output_text_is_the_text_of_the_messages_as_openai_reads_it() -> None:
    openai_response = pytest.importorskip("openai.types.responses").Response
    from openai._models import construct_type  # openai's own lenient parse of an answer
    from vectorstores.types.responses import Response

    texts = {}
    for name, body in RESPONSES:
        ours = Response.from_dict(body).output_text
        theirs = construct_type(type_=openai_response, value=body)
        assert isinstance(theirs, openai_response)
        assert ours == theirs.output_text, name
        texts[name] = ours
    assert len(texts) > 20
    assert sum(1 for text in texts.values() if text) > 10  # most answers carry a message


def test_output_text_joins_the_parts_in_order_and_skips_other_kinds() -> None:
    from vectorstores.types.responses import Response

    body = {
        "id": "resp_1",
        "object": "response",
        "output": [
            {"type": "file_search_call", "id": "fs_1", "queries": [], "status": "completed"},
            {
                "type": "message",
                "id": "msg_1",
                "role": "assistant",
                "status": "completed",
                "content": [
                    {"type": "output_text", "text": "Hello, ", "annotations": []},
                    {"type": "refusal", "refusal": "no"},
                    {"type": "output_text", "text": "world", "annotations": []},
                ],
            },
            {"type": "brand_new_item", "content": [{"type": "output_text", "text": "not a message"}]},
        ],
    }
    assert Response.from_dict(body).output_text == "Hello, world"
    assert Response.from_dict({"id": "resp_2", "object": "response", "output": []}).output_text == ""
