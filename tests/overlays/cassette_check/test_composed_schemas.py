"""The checker on a small document of its own: an ``allOf`` closed as a whole (not part by part),
a ``oneOf`` whose members overlap, and an event-stream answer checked event by event."""

from __future__ import annotations

import json
from typing import Any

from vectorstores._cassette_check import Document, Exchange
from vectorstores._cassette_check.validate import check_exchange

REF = "#/components/schemas/"
ANY = f"{REF}Any"
STRING = {"type": "string"}
DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "servers": [{"url": "https://api.test/v1"}],
    "paths": {
        "/answers": {
            "post": {
                "requestBody": {"content": {"application/json": {"schema": {"$ref": f"{REF}AnswerRequest"}}}},
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {
                            "application/json": {"schema": {"$ref": f"{REF}Answer"}},
                            "text/event-stream": {"schema": {"$ref": f"{REF}Event"}},
                        },
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Common": {"type": "object", "properties": {"model": {"type": "string"}}},
            "AnswerRequest": {
                "allOf": [
                    {"$ref": f"{REF}Common"},
                    {
                        "type": "object",
                        "properties": {"input": {"oneOf": [{"$ref": f"{REF}Text"}, {"$ref": f"{REF}Any"}]}},
                    },
                ]
            },
            "Text": {"type": "object", "properties": {"type": {"const": "text"}, "text": {"type": "string"}}},
            "Any": {"type": "object", "properties": {"type": {"type": "string"}, "text": {"type": "string"}}},
            "Answer": {
                "allOf": [{"$ref": f"{REF}Common"}, {"type": "object", "properties": {"id": {"type": "string"}}}]
            },
            "Event": {"type": "object", "properties": {"type": {"type": "string"}, "delta": {"type": "string"}}},
        }
    },
}


def _check(request: dict[str, Any], answer: bytes, content_type: str = "application/json") -> list[str]:
    exchange = Exchange(
        1,
        "POST",
        "https://api.test/v1/answers",
        {"content-type": "application/json"},
        json.dumps(request).encode(),
        200,
        {"content-type": content_type},
        answer,
    )
    _, violations = check_exchange(Document(DOCUMENT, "test"), "c.yaml", exchange)
    return [f"{v.where}: {v.expected}" for v in violations]


def test_properties_of_every_part_fit_and_others_are_named() -> None:
    request = {"model": "m", "input": {"type": "text", "text": "hi"}}  # fits both oneOf members
    assert _check(request, json.dumps({"model": "m", "id": "a_1"}).encode()) == []
    found = _check({**request, "temperature": 1}, json.dumps({"model": "m", "id": "a_1", "store": True}).encode())
    assert found == [
        "request.body.temperature: not in the document (it lists input, model)",
        "response.body.store: not in the document (it lists id, model)",
    ]


def test_a_part_that_fails_reports_only_its_own_problem() -> None:
    found = _check({"model": 1}, json.dumps({"model": "m", "id": "a_1"}).encode())
    assert found == ["request.body.model: 1 is not of type 'string'"]


def test_an_event_stream_is_checked_event_by_event() -> None:
    events = [{"type": "delta", "delta": "a"}, {"type": "delta", "delta": "b", "obfuscation": "x"}]
    body = "".join(f"event: delta\ndata: {json.dumps(e)}\n\n" for e in events).encode()
    found = _check({"model": "m"}, body, "text/event-stream")
    assert found == ["response.event[1].obfuscation: not in the document (it lists delta, type)"]
