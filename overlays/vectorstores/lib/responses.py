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


def _stream_call(given: dict[str, Any]) -> tuple[str | None, int | None, dict[str, Any]]:
    """Which request ``stream()`` sends: (the response id to resume, else None; the sequence number
    to resume after; the arguments for ``create`` or ``retrieve``), refused as openai refuses
    them, before anything is sent."""
    params = dict(given)
    response_id = params.pop("response_id", omit)
    starting_after = params.pop("starting_after", omit)
    if not isinstance(params.pop("text_format", omit), Unset):
        raise TypeError(_NO_TEXT_FORMAT)
    request = {"extra_headers", "extra_query", "extra_body", "timeout"}
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
        return None, None, {name: value for name, value in params.items() if not isinstance(value, Unset)}
    if isinstance(response_id, Unset):
        raise ValueError("id must be provided when streaming an existing response")
    after = None if isinstance(starting_after, Unset) else starting_after
    return response_id, after, {name: value for name, value in params.items() if name in request}


class ResponsesHelpers(SyncAPIResource):
    """Helpers of ``client.responses`` written by hand. The generated ``Responses.stream`` takes
    create's and retrieve's arguments (generator/resources.yaml, ``signatures``) and calls
    ``_stream`` with them."""

    def _stream(self, given: dict[str, Any]) -> ResponseStreamManager[ResponseStreamEvent]:
        resume, after, arguments = _stream_call(given)
        api: Any = self  # the generated Responses class that extends this one

        def open_stream() -> Stream[ResponseStreamEvent]:
            if resume is None:
                return api.create(stream=True, **arguments)  # type: ignore[no-any-return]
            return api.retrieve(resume, stream=True, starting_after=_given(after), **arguments)  # type: ignore[no-any-return]

        return ResponseStreamManager(open_stream, starting_after=after)


class AsyncResponsesHelpers(AsyncAPIResource):
    """The async twin of ``ResponsesHelpers``."""

    def _stream(self, given: dict[str, Any]) -> AsyncResponseStreamManager[ResponseStreamEvent]:
        resume, after, arguments = _stream_call(given)
        api: Any = self

        async def open_stream() -> AsyncStream[ResponseStreamEvent]:
            if resume is None:
                return await api.create(stream=True, **arguments)  # type: ignore[no-any-return]
            return await api.retrieve(resume, stream=True, starting_after=_given(after), **arguments)  # type: ignore[no-any-return]

        return AsyncResponseStreamManager(open_stream, starting_after=after)


def _given(value: int | None) -> int | Unset:
    return omit if value is None else value
