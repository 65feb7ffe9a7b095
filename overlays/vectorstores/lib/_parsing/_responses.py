"""``parse_response``: a ``Response`` read into a ``ParsedResponse``, as ``responses.parse`` and
``responses.stream(...).get_final_response()`` answer.

Output texts are read as ``text_format`` (a pydantic model class) into ``parsed``; the arguments
of a call to a function tool the request gave with ``strict: true`` are decoded into
``parsed_arguments``; every other output item, of a kind this package knows or not, is passed on
as it is.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar, cast

from attrs import fields
from vectorstores_raw.models.response import Response
from vectorstores_raw.models.response_function_tool_call import ResponseFunctionToolCall
from vectorstores_raw.models.response_output_message import ResponseOutputMessage
from vectorstores_raw.models.response_output_text import ResponseOutputText
from vectorstores_raw.types import Omit, Unset

from ._pydantic import require_model_class, to_strict_json_schema
from .parsed_response import (
    ParsedResponse,
    ParsedResponseFunctionToolCall,
    ParsedResponseOutputMessage,
    ParsedResponseOutputText,
    TextFormatT,
)

__all__ = [
    "TextFormatT",
    "get_input_tool_by_name",
    "parse_function_tool_arguments",
    "parse_response",
    "parse_text",
    "type_to_text_format_param",
]

M = TypeVar("M")


def type_to_text_format_param(type_: type) -> dict[str, Any]:
    """The ``text.format`` asking for JSON of the pydantic model ``type_``'s schema, strict."""
    model = require_model_class(type_)
    return {"type": "json_schema", "strict": True, "name": model.__name__, "schema": to_strict_json_schema(model)}


def parse_response(
    *,
    text_format: type[TextFormatT] | Omit,
    input_tools: Iterable[Any] | Omit | None,
    response: Response | ParsedResponse[object],
) -> ParsedResponse[TextFormatT]:
    """``response`` as a ``ParsedResponse``: its messages' output texts with ``parsed`` and its
    function calls with ``parsed_arguments``; the nested objects are shared, not copied."""
    tools = None if input_tools is None or isinstance(input_tools, Unset) else list(input_tools)
    output: list[Any] = []
    for item in response.output or ():
        if isinstance(item, ResponseOutputMessage):
            message = _promote(item, ParsedResponseOutputMessage)
            message.content = [_parsed_text(part, text_format) for part in item.content or ()]
            output.append(message)
        elif isinstance(item, ResponseFunctionToolCall):
            call = _promote(item, ParsedResponseFunctionToolCall)
            call.parsed_arguments = parse_function_tool_arguments(input_tools=tools, function_call=item)
            output.append(call)
        else:  # any other kind, one this package does not know included, as it came
            output.append(item)
    parsed = _promote(response, ParsedResponse)
    parsed.output = output
    return cast("ParsedResponse[TextFormatT]", parsed)


def _parsed_text(part: Any, text_format: type[Any] | Omit) -> Any:
    if not isinstance(part, ResponseOutputText):
        return part  # a refusal, or a kind of part this package does not know
    text = _promote(part, ParsedResponseOutputText)
    text.parsed = parse_text(part.text, text_format=text_format)
    return text


def parse_text(text: str, text_format: type[TextFormatT] | Omit) -> TextFormatT | None:
    """``text`` read as the pydantic model ``text_format`` (validated), or None without one."""
    if isinstance(text_format, Unset):
        return None
    model = require_model_class(text_format)
    return cast("TextFormatT", model.model_validate_json(text))


def get_input_tool_by_name(*, input_tools: Iterable[Any], name: str) -> Mapping[str, Any] | None:
    """The function tool called ``name`` among the request's tools (None if there is none)."""
    for tool in input_tools:
        if isinstance(tool, Mapping) and tool.get("type") == "function" and tool.get("name") == name:
            return tool
    return None


def parse_function_tool_arguments(
    *, input_tools: Iterable[Any] | Omit | None, function_call: ResponseFunctionToolCall
) -> object:
    """The call's ``arguments`` decoded from JSON when the request gave its function tool with
    ``strict: true`` (whose arguments then follow the tool's schema); None otherwise."""
    if input_tools is None or isinstance(input_tools, Unset):
        return None
    tool = get_input_tool_by_name(input_tools=input_tools, name=function_call.name)
    if tool is None or not tool.get("strict"):
        return None
    return json.loads(function_call.arguments)


def _promote(model: Any, cls: type[M]) -> M:
    """``model`` as an instance of ``cls`` (a subclass of its class): the same field values,
    unknown keys and request id, and ``cls``'s own attributes at their defaults."""
    promoted = cls.__new__(cls)
    copied = {attribute.name for attribute in fields(type(model))}
    for attribute in fields(cast(Any, cls)):  # an attrs class, as every model is
        if attribute.name in copied:
            setattr(promoted, attribute.name, getattr(model, attribute.name))
        else:
            setattr(promoted, attribute.name, attribute.default)
    return promoted
