"""``client.responses.stream(...)``: the events of a streamed response, with what they add up to.

``ResponseStream`` passes on the events of the raw stream as they arrive, keeping what openai's
helper keeps: every text delta event (``response.output_text.delta``) and function-call
arguments delta gets ``snapshot``, the text of its part so far; the response of the final
``response.completed`` event, read with ``parse_final`` (``client.responses.stream`` reads it
into a ``ParsedResponse``), is ``get_final_response()``. The managers open the stream on
entering a ``with`` block and close it on leaving, however the block ends.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from types import TracebackType
from typing import Any, Generic, TypeVar

from .._streaming import AsyncStream, Stream

__all__ = [
    "AsyncResponseStream",
    "AsyncResponseStreamManager",
    "ResponseStream",
    "ResponseStreamManager",
    "ResponseStreamState",
]

E = TypeVar("E")  # an event of the stream
_NO_FINAL = "Didn't receive a `response.completed` event."  # openai-python's words


class ResponseStreamState:
    """What the events seen so far add up to: the text of each part, the arguments of each call,
    and the completed response."""

    def __init__(self, starting_after: int | None = None, parse_final: Callable[[Any], Any] | None = None) -> None:
        self.starting_after = starting_after
        self.parse_final = parse_final
        self.texts: dict[tuple[Any, Any], str] = {}  # (output_index, content_index) -> text so far
        self.arguments: dict[Any, str] = {}  # output_index -> arguments so far
        self.completed: Any = None  # the response of the response.completed event

    def handle(self, event: Any) -> bool:
        """Take ``event`` into account (adding its ``snapshot``); whether to pass it on."""
        kind = getattr(event, "type", None)
        if kind == "response.output_text.delta":
            key = (event.output_index, event.content_index)
            text = self.texts[key] = self.texts.get(key, "") + (event.delta or "")
            _set_snapshot(event, text)
        elif kind == "response.function_call_arguments.delta":
            text = self.arguments[event.output_index] = self.arguments.get(event.output_index, "") + (event.delta or "")
            _set_snapshot(event, text)
        elif kind == "response.completed":
            self.completed = event.response
        if self.starting_after is None:
            return True
        number = getattr(event, "sequence_number", None)
        return not isinstance(number, int) or number > self.starting_after

    def final(self) -> Any:
        if self.completed is None:
            raise RuntimeError(_NO_FINAL)
        return self.completed if self.parse_final is None else self.parse_final(self.completed)


def _set_snapshot(event: Any, text: str) -> None:
    """``event.snapshot = text`` on a generated model (whose unknown keys live in its item
    mapping, as openai's extra field shows in its dict) or any other object."""
    if hasattr(type(event), "__setitem__"):
        event["snapshot"] = text
    else:
        event.snapshot = text


class ResponseStream(Generic[E]):
    """The events of a streamed response, iterated in a ``with`` block (from ``ResponseStreamManager``)."""

    def __init__(
        self,
        raw_stream: Stream[E],
        *,
        starting_after: int | None = None,
        parse_final: Callable[[Any], Any] | None = None,
    ) -> None:
        self._raw_stream = raw_stream
        self.response = raw_stream.response
        self._state = ResponseStreamState(starting_after, parse_final)
        self._iterator = self._events()

    def _events(self) -> Iterator[E]:
        handle = self._state.handle
        for event in self._raw_stream:
            if handle(event):
                yield event

    def __iter__(self) -> Iterator[E]:
        return self

    def __next__(self) -> E:
        return next(self._iterator)

    def until_done(self) -> ResponseStream[E]:
        """Read the remaining events."""
        for _ in self:
            pass
        return self

    def get_final_response(self) -> Any:
        """Read to the end and return the response of its ``response.completed`` event
        (RuntimeError if the stream ended without one)."""
        self.until_done()
        return self._state.final()

    def close(self) -> None:
        self._raw_stream.close()

    def __enter__(self) -> ResponseStream[E]:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class ResponseStreamManager(Generic[E]):
    """``with client.responses.stream(...) as stream``: the request is sent on entering."""

    def __init__(
        self,
        open_stream: Callable[[], Stream[E]],
        *,
        starting_after: int | None = None,
        parse_final: Callable[[Any], Any] | None = None,
    ) -> None:
        self._open = open_stream
        self._starting_after = starting_after
        self._parse_final = parse_final
        self._stream: ResponseStream[E] | None = None

    def __enter__(self) -> ResponseStream[E]:
        self._stream = ResponseStream(self._open(), starting_after=self._starting_after, parse_final=self._parse_final)
        return self._stream

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._stream is not None:
            self._stream.close()


class AsyncResponseStream(Generic[E]):
    """The async twin of ``ResponseStream``."""

    def __init__(
        self,
        raw_stream: AsyncStream[E],
        *,
        starting_after: int | None = None,
        parse_final: Callable[[Any], Any] | None = None,
    ) -> None:
        self._raw_stream = raw_stream
        self.response = raw_stream.response
        self._state = ResponseStreamState(starting_after, parse_final)

    def __aiter__(self) -> AsyncResponseStream[E]:
        return self

    async def __anext__(self) -> E:
        # A loop rather than an async generator, so the stream closes in its own loop (see AsyncStream).
        while True:
            event = await self._raw_stream.__anext__()
            if self._state.handle(event):
                return event

    async def until_done(self) -> AsyncResponseStream[E]:
        async for _ in self:
            pass
        return self

    async def get_final_response(self) -> Any:
        """Read to the end and return the response of its ``response.completed`` event."""
        await self.until_done()
        return self._state.final()

    async def close(self) -> None:
        await self._raw_stream.close()

    async def __aenter__(self) -> AsyncResponseStream[E]:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


class AsyncResponseStreamManager(Generic[E]):
    """``async with client.responses.stream(...) as stream``."""

    def __init__(
        self,
        open_stream: Callable[[], Awaitable[AsyncStream[E]]],
        *,
        starting_after: int | None = None,
        parse_final: Callable[[Any], Any] | None = None,
    ) -> None:
        self._open = open_stream
        self._starting_after = starting_after
        self._parse_final = parse_final
        self._stream: AsyncResponseStream[E] | None = None

    async def __aenter__(self) -> AsyncResponseStream[E]:
        self._stream = AsyncResponseStream(
            await self._open(), starting_after=self._starting_after, parse_final=self._parse_final
        )
        return self._stream

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._stream is not None:
            await self._stream.close()
