"""``client.responses``: hand-written helpers on top of the generated operations.

The generated ``Responses`` and ``AsyncResponses`` classes extend these (generator/resources.yaml
names this module). ``stream()`` is openai-python's helper: a context manager around
``create(stream=True)``, or around ``retrieve(response_id, stream=True)`` to pick up a
background response where it was left. ``parse()`` is ``create()`` answering a
``ParsedResponse`` (lib/_parsing).

``text_format`` (both helpers) takes a pydantic model class: pydantic is imported only then, so
it stays out of this package's dependencies.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from vectorstores_raw.types import Unset, omit

from .._resource import AsyncAPIResource, SyncAPIResource
from .response_stream import AsyncResponseStreamManager, ResponseStreamManager

if TYPE_CHECKING:
    from vectorstores_raw.models.response_stream_event import ResponseStreamEvent

    from .._streaming import AsyncStream, Stream
    from ._parsing.parsed_response import ParsedResponse

__all__ = ["AsyncResponsesHelpers", "ResponsesHelpers"]

_REQUEST_OPTIONS = frozenset({"extra_headers", "extra_query", "extra_body", "timeout"})


def _with_text_format(params: dict[str, Any], text_format: Any) -> None:
    """Put the ``text.format`` that ``text_format`` asks for into ``params["text"]``, refused
    before anything is sent when it cannot be."""
    if not isinstance(text_format, Unset):
        from ._parsing._responses import type_to_text_format_param

        text = params.get("text")
        text = {} if text is None or isinstance(text, Unset) else text
        if not isinstance(text, Mapping):
            raise TypeError(f"text must be a dict (the text configuration), not {type(text).__name__}")
        if "format" in text:
            raise TypeError("text_format and text['format'] cannot both be given: text_format sets text.format")
        params["text"] = {**text, "format": type_to_text_format_param(text_format)}


def _final_parser(text_format: Any, tools: Any) -> Callable[[Any], Any]:
    def parse(response: Any) -> Any:
        from ._parsing._responses import parse_response

        return parse_response(text_format=text_format, input_tools=tools, response=response)

    return parse


def _parse_call(given: dict[str, Any]) -> tuple[dict[str, Any], Callable[[Any], Any]]:
    """What ``parse()`` sends: create's arguments, and how to read its answer."""
    params = dict(given)
    stream = params.get("stream")
    if stream and not isinstance(stream, Unset):
        raise TypeError(
            "stream=True is not supported by parse(): stream must be False or left out "
            "(responses.stream(..., text_format=...) streams and parses the final response)"
        )
    text_format = params.pop("text_format", omit)
    _with_text_format(params, text_format)
    return params, _final_parser(text_format, params.get("tools", omit))


def _stream_call(given: dict[str, Any]) -> tuple[str | None, int | None, dict[str, Any], Callable[[Any], Any]]:
    """Which request ``stream()`` sends: (the response id to resume, else None; the sequence number
    to resume after; the arguments for ``create`` or ``retrieve``; how to read the final
    response), refused as openai refuses them, before anything is sent."""
    params = dict(given)
    response_id = params.pop("response_id", omit)
    starting_after = params.pop("starting_after", omit)
    text_format = params.pop("text_format", omit)
    if not isinstance(text_format, Unset):  # checked before anything is sent, resuming or not
        from ._parsing._pydantic import require_model_class

        require_model_class(text_format)
    final = _final_parser(text_format, params.get("tools", omit))
    request = _REQUEST_OPTIONS
    named = sorted(name for name, value in params.items() if name not in request and not isinstance(value, Unset))
    resuming = not isinstance(response_id, Unset) or not isinstance(starting_after, Unset)
    if resuming and named:
        raise ValueError(
            "Cannot provide both response_id/starting_after can't be provided together with " + ", ".join(named)
        )
    if named:
        for required in ("input", "model"):
            if required not in named:
                raise ValueError(f"{required} must be provided when creating a new response")
        _with_text_format(params, text_format)
        return None, None, {name: value for name, value in params.items() if not isinstance(value, Unset)}, final
    if isinstance(response_id, Unset):
        raise ValueError("id must be provided when streaming an existing response")
    after = None if isinstance(starting_after, Unset) else starting_after
    return response_id, after, {name: value for name, value in params.items() if name in request}, final


class ResponsesHelpers(SyncAPIResource):
    """Helpers of ``client.responses`` written by hand. The generated ``Responses.stream`` takes
    create's and retrieve's arguments, and ``Responses.parse`` create's (generator/resources.yaml,
    ``signatures``); they call ``_stream`` and ``_parse`` with them."""

    def _stream(self, given: dict[str, Any]) -> ResponseStreamManager[ResponseStreamEvent]:
        resume, after, arguments, final = _stream_call(given)
        api: Any = self  # the generated Responses class that extends this one

        def open_stream() -> Stream[ResponseStreamEvent]:
            if resume is None:
                return api.create(stream=True, **arguments)  # type: ignore[no-any-return]
            return api.retrieve(resume, stream=True, starting_after=_given(after), **arguments)  # type: ignore[no-any-return]

        return ResponseStreamManager(open_stream, starting_after=after, parse_final=final)

    def _parse(self, given: dict[str, Any]) -> ParsedResponse[Any]:
        arguments, parse = _parse_call(given)
        create = self._operations["create"]
        return self._send(create.request_options(**arguments), lambda http: parse(create.parse_response(http)))


class AsyncResponsesHelpers(AsyncAPIResource):
    """The async twin of ``ResponsesHelpers``."""

    def _stream(self, given: dict[str, Any]) -> AsyncResponseStreamManager[ResponseStreamEvent]:
        resume, after, arguments, final = _stream_call(given)
        api: Any = self

        async def open_stream() -> AsyncStream[ResponseStreamEvent]:
            if resume is None:
                return await api.create(stream=True, **arguments)  # type: ignore[no-any-return]
            return await api.retrieve(resume, stream=True, starting_after=_given(after), **arguments)  # type: ignore[no-any-return]

        return AsyncResponseStreamManager(open_stream, starting_after=after, parse_final=final)

    async def _parse(self, given: dict[str, Any]) -> ParsedResponse[Any]:
        arguments, parse = _parse_call(given)
        create = self._operations["create"]
        return await self._send(create.request_options(**arguments), lambda http: parse(create.parse_response(http)))


def _given(value: int | None) -> int | Unset:
    return omit if value is None else value
