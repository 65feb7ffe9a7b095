"""client.responses.parse(): create's request with text_format's strict JSON schema, answered as
a ParsedResponse (output texts read into the model, strict function calls' arguments decoded),
sync and async, through the views too; bad arguments refused before anything is sent."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from typing import Any

import httpx2
import pytest
from vectorstores import AsyncOpenAI, OpenAI
from vectorstores.types.responses import (
    ParsedResponse,
    ParsedResponseFunctionToolCall,
    ParsedResponseOutputMessage,
    ParsedResponseOutputText,
    ToolParam,
)

from .conftest import API_KEY, BASE_URL, FakeClock
from .streams import SSE_HEADERS, SyncBody, sse

pydantic = pytest.importorskip("pydantic")


class Leave(pydantic.BaseModel):  # type: ignore[name-defined,misc]
    days: int
    paid: bool


LEAVE = {"days": 25, "paid": True}
TOOLS: list[ToolParam] = [
    {"type": "function", "name": "book", "parameters": {"type": "object", "properties": {}}, "strict": True},
    {"type": "function", "name": "ask", "parameters": {"type": "object", "properties": {}}, "strict": False},
]


def answer(text: str) -> dict[str, Any]:
    """A completed response: a message with one output text and a refusal, two function calls
    (to a strict tool and to a lax one) and an output item of a kind this package does not know."""
    return {
        "id": "resp_1",
        "object": "response",
        "created_at": 1,
        "status": "completed",
        "model": "gpt-4.1",
        "output": [
            {
                "id": "msg_1",
                "type": "message",
                "role": "assistant",
                "status": "completed",
                "content": [
                    {"type": "output_text", "text": text, "annotations": [], "logprobs": []},
                    {"type": "refusal", "refusal": "no"},
                ],
            },
            {"id": "fc_1", "type": "function_call", "call_id": "c1", "name": "book", "arguments": '{"day": 3}'},
            {"id": "fc_2", "type": "function_call", "call_id": "c2", "name": "ask", "arguments": '{"q": "x"}'},
            {"id": "new_1", "type": "hologram", "beam": [1, 2]},
        ],
    }


def sync_client(body: dict[str, Any], sent: list[httpx2.Request]) -> OpenAI:
    def handle(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        return httpx2.Response(200, json=body, headers={"x-request-id": "req_9"})

    http = httpx2.Client(transport=httpx2.MockTransport(handle))
    return OpenAI(api_key=API_KEY, base_url=BASE_URL, http_client=http, _clock=FakeClock())


def check_parsed(parsed: ParsedResponse[Leave], body: dict[str, Any]) -> None:
    assert isinstance(parsed, ParsedResponse)
    assert parsed.output_parsed == Leave(**LEAVE)
    message = parsed.output[0]
    assert isinstance(message, ParsedResponseOutputMessage)
    text = message.content[0]
    assert isinstance(text, ParsedResponseOutputText) and text.parsed == Leave(**LEAVE)
    assert message.content[1].type == "refusal"
    strict, lax = parsed.output[1], parsed.output[2]
    assert isinstance(strict, ParsedResponseFunctionToolCall) and strict.parsed_arguments == {"day": 3}
    assert isinstance(lax, ParsedResponseFunctionToolCall) and lax.parsed_arguments is None
    # What the API answered is kept as it was: the unknown item, and every dict form.
    assert parsed.output[3].to_dict() == body["output"][3]
    assert parsed.to_dict() == body
    assert parsed._request_id == "req_9"


def check_request(request: httpx2.Request) -> None:
    sent = json.loads(request.content)
    assert sent["text"] == {
        "verbosity": "low",
        "format": {
            "type": "json_schema",
            "strict": True,
            "name": "Leave",
            "schema": {
                "type": "object",
                "title": "Leave",
                "properties": {
                    "days": {"title": "Days", "type": "integer"},
                    "paid": {"title": "Paid", "type": "boolean"},
                },
                "required": ["days", "paid"],
                "additionalProperties": False,
            },
        },
    }
    assert sent["tools"] == TOOLS and sent["model"] == "gpt-4.1"


def test_parse_reads_the_output_into_the_model() -> None:
    body, sent = answer(json.dumps(LEAVE)), list[httpx2.Request]()
    parsed = sync_client(body, sent).responses.parse(
        model="gpt-4.1", input="How much leave?", text_format=Leave, text={"verbosity": "low"}, tools=TOOLS
    )
    check_parsed(parsed, body)
    check_request(sent[0])


@pytest.mark.anyio
async def test_async_parse_reads_the_output_into_the_model() -> None:
    body, sent = answer(json.dumps(LEAVE)), list[httpx2.Request]()

    async def handle(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        return httpx2.Response(200, json=body, headers={"x-request-id": "req_9"})

    http = httpx2.AsyncClient(transport=httpx2.MockTransport(handle))
    async with AsyncOpenAI(api_key=API_KEY, base_url=BASE_URL, http_client=http, _clock=FakeClock()) as client:
        parsed = await client.responses.parse(
            model="gpt-4.1", input="How much leave?", text_format=Leave, text={"verbosity": "low"}, tools=TOOLS
        )
        raw = await client.responses.with_raw_response.parse(model="gpt-4.1", input="hi", text_format=Leave)
        assert raw.parse().output_parsed == Leave(**LEAVE)
    check_parsed(parsed, body)
    check_request(sent[0])


def test_the_views_answer_with_the_response_whose_parse_is_parsed() -> None:
    body, sent = answer(json.dumps(LEAVE)), list[httpx2.Request]()
    client = sync_client(body, sent)
    raw = client.responses.with_raw_response.parse(model="gpt-4.1", input="hi", text_format=Leave)
    assert raw.headers["x-request-id"] == "req_9"
    assert raw.parse().output_parsed == Leave(**LEAVE)
    with client.responses.with_streaming_response.parse(model="gpt-4.1", input="hi", text_format=Leave) as streamed:
        assert streamed.parse().output_parsed == Leave(**LEAVE)


def test_without_text_format_nothing_is_parsed_and_no_format_is_sent() -> None:
    body, sent = answer("plain words"), list[httpx2.Request]()
    parsed = sync_client(body, sent).responses.parse(model="gpt-4.1", input="hi", tools=TOOLS)
    assert parsed.output_parsed is None
    message, call = parsed.output[0], parsed.output[1]
    assert isinstance(message, ParsedResponseOutputMessage) and isinstance(call, ParsedResponseFunctionToolCall)
    assert isinstance(message.content[0], ParsedResponseOutputText) and message.content[0].parsed is None
    assert call.parsed_arguments == {"day": 3}
    assert "text" not in json.loads(sent[0].content)


def test_text_that_does_not_fit_the_model_is_a_validation_error() -> None:
    with pytest.raises(pydantic.ValidationError):
        sync_client(answer('{"days": "many"}'), []).responses.parse(model="m", input="hi", text_format=Leave)


class NotAModel:
    days: int


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"text_format": dict}, "text_format must be a pydantic model class.*not dict"),
        ({"text_format": NotAModel}, "text_format must be a pydantic model class.*not NotAModel"),
        ({"text_format": Leave(days=1, paid=True)}, "text_format must be a pydantic model class"),
        ({"text_format": Leave, "text": {"format": {"type": "text"}}}, "text_format and text\\['format'\\]"),
        ({"stream": True}, "stream=True is not supported by parse"),
    ],
)
def test_bad_arguments_are_refused_before_sending(arguments: dict[str, Any], message: str) -> None:
    sent: list[httpx2.Request] = []
    client = sync_client(answer("{}"), sent)
    with pytest.raises(TypeError, match=message):
        client.responses.parse(model="m", input="hi", **arguments)
    with pytest.raises(TypeError, match=message):
        client.responses.with_raw_response.parse(model="m", input="hi", **arguments)
    assert sent == []


def test_stream_with_text_format_asks_for_the_schema_and_parses_the_final_response() -> None:
    final = answer(json.dumps(LEAVE))
    events = [
        {"type": "response.created", "sequence_number": 0, "response": {"id": "resp_1", "status": "in_progress"}},
        {"type": "response.completed", "sequence_number": 1, "response": final},
    ]
    sent: list[httpx2.Request] = []

    def handle(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        return httpx2.Response(200, headers=SSE_HEADERS, stream=SyncBody([sse(*events)]))

    client = OpenAI(
        api_key=API_KEY, base_url=BASE_URL, http_client=httpx2.Client(transport=httpx2.MockTransport(handle))
    )
    with client.responses.stream(
        model="gpt-4.1", input="hi", text_format=Leave, text={"verbosity": "low"}, tools=TOOLS
    ) as stream:
        parsed = stream.get_final_response()
    assert parsed.output_parsed == Leave(**LEAVE)
    assert parsed.output[1].parsed_arguments == {"day": 3}
    sent_body = json.loads(sent[0].content)
    assert sent_body["stream"] is True and sent_body["text"]["format"]["name"] == "Leave"


NO_PYDANTIC = textwrap.dedent(
    """
    import importlib.abc, json, sys

    class NoPydantic(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name == "pydantic" or name.startswith("pydantic."):
                raise ImportError("pydantic is blocked in this test")
            return None

    sys.meta_path.insert(0, NoPydantic())
    import httpx2
    from vectorstores import OpenAI

    body = json.loads(sys.argv[1])
    http = httpx2.Client(transport=httpx2.MockTransport(lambda request: httpx2.Response(200, json=body)))
    client = OpenAI(api_key="sk-test", base_url="https://api.test/v1", http_client=http)
    parsed = client.responses.parse(model="m", input="hi", tools=json.loads(sys.argv[2]))
    assert parsed.output_parsed is None and parsed.output[1].parsed_arguments == {"day": 3}
    assert parsed.to_dict() == body
    class Leave:
        days: int
    try:
        client.responses.parse(model="m", input="hi", text_format=Leave)
    except TypeError as error:
        print(error)
    assert not [name for name in sys.modules if name.split(".")[0] == "pydantic"]
    """
)


def test_parse_without_text_format_needs_no_pydantic() -> None:
    result = subprocess.run(
        [sys.executable, "-c", NO_PYDANTIC, json.dumps(answer("words")), json.dumps(TOOLS)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "text_format must be a pydantic model class" in result.stdout
    assert "pydantic is not installed" in result.stdout
