"""parse_response and the ParsedResponse types: every output item kept with its data, the
parsed types in step with the generated output union, and text_format's schema made strict."""

from __future__ import annotations

import typing
from typing import Any

import pytest
from vectorstores._models import construct_type_unchecked
from vectorstores._types import omit
from vectorstores.lib._parsing._responses import parse_response, type_to_text_format_param
from vectorstores.types.responses import ParsedResponse, ParsedResponseOutputItem, Response
from vectorstores_raw.models import response_output_item

PROGRAM = {"id": "prog_1", "call_id": "call_1", "code": "return 42", "fingerprint": "fp_1", "type": "program"}
UNKNOWN = {"id": "x_1", "type": "teleport", "where": {"to": "mars"}}


@pytest.mark.parametrize("item", [PROGRAM, UNKNOWN], ids=["program", "unknown kind"])
def test_items_other_than_messages_and_calls_pass_through_with_their_data(item: dict[str, Any]) -> None:
    response = construct_type_unchecked(type_=Response, value={"id": "resp_1", "output": [item]})
    parsed = parse_response(text_format=omit, input_tools=omit, response=response)
    assert isinstance(parsed, ParsedResponse)
    assert parsed.output[0].to_dict() == item
    assert parsed.to_dict() == {"id": "resp_1", "output": [item]}


def test_a_parsed_response_parses_again() -> None:
    message = {"id": "m", "type": "message", "role": "assistant", "status": "completed", "content": []}
    call = {"type": "function_call", "call_id": "c", "name": "f", "arguments": "[1]"}
    response = construct_type_unchecked(type_=Response, value={"output": [message, call]})
    once = parse_response(text_format=omit, input_tools=None, response=response)
    twice = parse_response(
        text_format=omit, input_tools=[{"type": "function", "name": "f", "strict": True}], response=once
    )
    assert twice.output[1].parsed_arguments == [1]  # type: ignore[union-attr]
    assert twice.to_dict() == response.to_dict()


def _names(union: Any) -> set[str]:
    """The class names of a union's members (written as strings, or generic aliases)."""
    names = set()
    for member in typing.get_args(union):
        if isinstance(member, typing.ForwardRef):
            names.add(member.__forward_arg__)
        else:
            names.add((typing.get_origin(member) or member).__name__)
    return names


def test_the_parsed_output_union_has_every_generated_output_item_kind() -> None:
    # message and function_call become their parsed classes; every other kind the document has
    # must be offered as it is (a kind added to the document fails here until it is listed).
    generated = _names(response_output_item.ResponseOutputItem) - {"ResponseOutputMessage", "ResponseFunctionToolCall"}
    parsed = _names(ParsedResponseOutputItem)
    assert parsed == generated | {"ParsedResponseOutputMessage", "ParsedResponseFunctionToolCall"}


def test_text_format_schema_is_strict() -> None:
    pydantic = pytest.importorskip("pydantic")

    class Place(pydantic.BaseModel):  # type: ignore[name-defined,misc]
        city: str

    class Trip(pydantic.BaseModel):  # type: ignore[name-defined,misc]
        to: Place = pydantic.Field(description="Where to")
        stops: list[Place]
        note: str | None = None

    schema = type_to_text_format_param(Trip)
    assert schema["type"] == "json_schema" and schema["strict"] is True and schema["name"] == "Trip"
    body = schema["schema"]
    assert body["required"] == ["to", "stops", "note"] and body["additionalProperties"] is False
    # A $ref with a description beside it is inlined (strict mode takes a $ref only alone).
    assert body["properties"]["to"] == {
        "description": "Where to",
        "properties": {"city": {"title": "City", "type": "string"}},
        "required": ["city"],
        "title": "Place",
        "type": "object",
        "additionalProperties": False,
    }
    assert body["properties"]["stops"]["items"] == {"$ref": "#/$defs/Place"}
    assert body["$defs"]["Place"]["additionalProperties"] is False
    assert "default" not in body["properties"]["note"]
