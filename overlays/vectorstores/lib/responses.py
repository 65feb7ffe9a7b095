"""``client.responses``: hand-written helpers on top of the generated operations.

The generated ``Responses`` and ``AsyncResponses`` classes extend these (generator/resources.yaml
names this module). ``stream()`` is openai-python's helper: a context manager around
``create(stream=True)``, or around ``retrieve(response_id, stream=True)`` to pick up a
background response where it was left.

``text_format`` (openai's pydantic structured output, also ``responses.parse``) is refused with a
clear error: it would need pydantic and openai's strict-schema conversion; pass ``text={"format":
{"type": "json_schema", ...}}`` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from vectorstores_raw.types import Unset, omit

from .._resource import AsyncAPIResource, SyncAPIResource
from .response_stream import AsyncResponseStreamManager, ResponseStreamManager

if TYPE_CHECKING:
    from vectorstores_raw.models.response_stream_event import ResponseStreamEvent

    from .._streaming import AsyncStream, Stream

__all__ = ["AsyncResponsesHelpers", "ResponsesHelpers"]

_NO_TEXT_FORMAT = (
    "text_format is not supported by this SDK (it would make pydantic a dependency): pass "
    'text={"format": {"type": "json_schema", "name": ..., "schema": ..., "strict": True}} and parse '
    "response.output_text yourself"
)


def _stream_call(
    response_id: str | Unset, starting_after: int | Unset, text_format: Any, params: dict[str, Any]
) -> tuple[str | None, dict[str, Any]]:
    """Which request ``stream()`` sends: (the response id to resume, else None; the arguments),
    refused as openai refuses them, before anything is sent."""
    if not isinstance(text_format, Unset):
        raise TypeError(_NO_TEXT_FORMAT)
    request = {"extra_headers", "extra_query", "extra_body", "timeout"}
    given = sorted(name for name, value in params.items() if name not in request and not isinstance(value, Unset))
    resuming = not isinstance(response_id, Unset) or not isinstance(starting_after, Unset)
    if resuming and given:
        raise ValueError(
            "Cannot provide both response_id/starting_after can't be provided together with " + ", ".join(given)
        )
    if given:
        for required in ("input", "model"):
            if required not in given:
                raise ValueError(f"{required} must be provided when creating a new response")
        return None, params
    if isinstance(response_id, Unset):
        raise ValueError("id must be provided when streaming an existing response")
    return response_id, params


class ResponsesHelpers(SyncAPIResource):
    """Helpers of ``client.responses`` written by hand."""

    def stream(
        self,
        *,
        response_id: str | Unset = omit,
        starting_after: int | Unset = omit,
        text_format: Any = omit,
        **params: Any,
    ) -> ResponseStreamManager[ResponseStreamEvent]:
        """Stream a response's events: ``with client.responses.stream(model=..., input=...) as stream``.

        Iterate the stream for the events as they arrive, then ``stream.get_final_response()``.

        Args:
            response_id: Instead of creating a response, the events of this stored background one.
            starting_after: With ``response_id``, only the events after this sequence number.
            text_format: Refused (pydantic structured output is not supported); a ``TypeError``.
            **params: The arguments of ``create`` (``model``, ``input``, ``tools``, ...).
        """
        resume, arguments = _stream_call(response_id, starting_after, text_format, params)
        api: Any = self  # the generated Responses class that extends this one
        after = None if isinstance(starting_after, Unset) else starting_after

        def open_stream() -> Stream[ResponseStreamEvent]:
            if resume is None:
                return api.create(stream=True, **arguments)  # type: ignore[no-any-return]
            return api.retrieve(resume, stream=True, starting_after=starting_after, **arguments)  # type: ignore[no-any-return]

        return ResponseStreamManager(open_stream, starting_after=after)


class AsyncResponsesHelpers(AsyncAPIResource):
    """The async twin of ``ResponsesHelpers``."""

    def stream(
        self,
        *,
        response_id: str | Unset = omit,
        starting_after: int | Unset = omit,
        text_format: Any = omit,
        **params: Any,
    ) -> AsyncResponseStreamManager[ResponseStreamEvent]:
        """Stream a response's events: ``async with client.responses.stream(...) as stream``.

        ``async for`` over the stream gives the events as they arrive, then
        ``await stream.get_final_response()``.

        Args:
            response_id: Instead of creating a response, the events of this stored background one.
            starting_after: With ``response_id``, only the events after this sequence number.
            text_format: Refused (pydantic structured output is not supported); a ``TypeError``.
            **params: The arguments of ``create`` (``model``, ``input``, ``tools``, ...).
        """
        resume, arguments = _stream_call(response_id, starting_after, text_format, params)
        api: Any = self
        after = None if isinstance(starting_after, Unset) else starting_after

        async def open_stream() -> AsyncStream[ResponseStreamEvent]:
            if resume is None:
                return await api.create(stream=True, **arguments)  # type: ignore[no-any-return]
            return await api.retrieve(resume, stream=True, starting_after=starting_after, **arguments)  # type: ignore[no-any-return]

        return AsyncResponseStreamManager(open_stream, starting_after=after)
