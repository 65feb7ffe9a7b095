"""The base of every generated resource: one operation sent in the way the caller asked for it.

A generated method builds its request with the raw operation's ``request_options`` and hands
it to ``_send`` (or ``_list`` for a paged result). Called plainly, that returns the parsed
result. Called through ``with_raw_response``, it returns a ``LegacyAPIResponse``; through
``with_streaming_response``, an ``APIResponse`` whose body is still unread. The view sets the
mode in a context variable around the call, so each method is written (and generated) once
for all three, and a view is a set of thin wrappers around the resource's own methods.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from contextvars import ContextVar
from types import ModuleType
from typing import TYPE_CHECKING, Any, ClassVar, ParamSpec, TypeVar

import httpx2
from vectorstores_raw.client import RequestOptions

from ._flow import Flow, run_async, run_sync
from ._response import (
    APIResponse,
    AsyncAPIResponse,
    AsyncEventStreamAPIResponse,
    AsyncStreamedBinaryAPIResponse,
    EventStreamAPIResponse,
    HttpxBinaryResponseContent,
    LegacyAPIResponse,
    StreamedBinaryAPIResponse,
)
from ._streaming import AsyncStream, Stream
from .pagination import AsyncPaginator

if TYPE_CHECKING:
    from ._client import AsyncOpenAI, Connection, OpenAI

__all__ = [
    "AsyncAPIResource",
    "SyncAPIResource",
    "async_to_raw_response_wrapper",
    "async_to_streamed_response_wrapper",
    "to_raw_response_wrapper",
    "to_streamed_response_wrapper",
]

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")

_RAW, _STREAM = "raw", "stream"
# How the operation running in this context should answer: None for the parsed result.
_MODE: ContextVar[str | None] = ContextVar("vectorstores_response_mode", default=None)


def _with_request_id(result: T, response: httpx2.Response) -> T:
    """``result._request_id``: the server's ``x-request-id``, as openai-python sets it."""
    # Read off the raw header list: ``headers.get`` lowercases every name on each look-up,
    # which shows in the time of every call.
    found = next((value for name, value in response.headers.raw if name.lower() == b"x-request-id"), None)
    with contextlib.suppress(AttributeError):  # bytes and other plain values have no room for it
        result._request_id = found.decode("latin-1") if found is not None else None  # type: ignore[attr-defined]
    return result


def _parser(parse: Callable[[httpx2.Response], T]) -> Callable[[httpx2.Response], T]:
    return lambda response: _with_request_id(parse(response), response)


class SyncAPIResource:
    """A group of operations of the synchronous client."""

    _operations: ClassVar[Mapping[str, ModuleType]] = {}  # filled in by each generated resource

    def __init__(self, client: OpenAI) -> None:
        self._client = client

    @property
    def _connection(self) -> Connection:
        return self._client._connection

    def _send(self, options: RequestOptions, parse: Callable[[httpx2.Response], T]) -> T:
        mode = _MODE.get()
        if mode is None:
            response = self._client._connection.request(options)
            return _with_request_id(parse(response), response)
        if mode == _RAW:
            return LegacyAPIResponse(self._client._connection.request(options), _parser(parse))  # type: ignore[return-value]
        streamed: type[APIResponse[Any]] = StreamedBinaryAPIResponse if options.binary else APIResponse
        return streamed(self._client._connection.open_stream(options), _parser(parse))  # type: ignore[return-value]

    def _send_stream(self, options: RequestOptions, parse_event: Callable[[Any], T]) -> Stream[T]:
        """Send an operation answered with server-sent events: retried (as ``_send`` is) until
        the body starts, then the events, parsed with ``parse_event`` as they arrive. The views
        answer with the response, whose ``parse()`` gives the stream unread."""
        connection = self._client._connection
        response = connection.open_stream(options)

        def stream(response: httpx2.Response) -> Stream[T]:
            return Stream(
                response=response,
                parse_event=parse_event,
                max_event_bytes=connection.max_response_bytes,
                deadline=connection.deadline,
            )

        mode = _MODE.get()
        if mode is None:
            return stream(response)
        if mode == _RAW:
            return LegacyAPIResponse(response, stream)  # type: ignore[return-value]
        return EventStreamAPIResponse(response, stream)  # type: ignore[return-value]

    def _send_binary(self, options: RequestOptions) -> HttpxBinaryResponseContent:
        if _MODE.get() == _STREAM:  # the streaming view's parse() gives the bytes
            return self._send(options, lambda response: response.content)  # type: ignore[return-value]
        return self._send(options, HttpxBinaryResponseContent)

    def _list(
        self,
        build: Callable[..., RequestOptions],
        params: dict[str, Any],
        parse: Callable[[httpx2.Response], Any],
        page: Callable[[Any, Any, dict[str, Any], httpx2.Response], T],
    ) -> T:
        def fetch(overrides: dict[str, Any]) -> T:
            given = {**params, **overrides}
            return self._send(build(**given), lambda response: page(parse(response), fetch, given, response))

        return fetch({})

    def _run(self, flow: Flow[T]) -> T:
        return run_sync(flow, self)

    def _sleep(self, seconds: float) -> None:
        self._client._clock.sleep(seconds)


class AsyncAPIResource:
    """A group of operations of the asyncio client."""

    _operations: ClassVar[Mapping[str, ModuleType]] = {}

    def __init__(self, client: AsyncOpenAI) -> None:
        self._client = client

    @property
    def _connection(self) -> Connection:
        return self._client._connection

    async def _send(self, options: RequestOptions, parse: Callable[[httpx2.Response], T]) -> T:
        mode = _MODE.get()
        if mode is None:
            response = await self._client._connection.arequest(options)
            return _with_request_id(parse(response), response)
        if mode == _RAW:
            response = await self._client._connection.arequest(options)
            return LegacyAPIResponse(response, _parser(parse))  # type: ignore[return-value]
        streamed: type[AsyncAPIResponse[Any]] = AsyncStreamedBinaryAPIResponse if options.binary else AsyncAPIResponse
        return streamed(await self._client._connection.aopen_stream(options), _parser(parse))  # type: ignore[return-value]

    async def _send_stream(self, options: RequestOptions, parse_event: Callable[[Any], T]) -> AsyncStream[T]:
        """The async twin of ``SyncAPIResource._send_stream``."""
        connection = self._client._connection
        response = await connection.aopen_stream(options)

        def stream(response: httpx2.Response) -> AsyncStream[T]:
            return AsyncStream(
                response=response,
                parse_event=parse_event,
                max_event_bytes=connection.max_response_bytes,
                deadline=connection.deadline,
            )

        mode = _MODE.get()
        if mode is None:
            return stream(response)
        if mode == _RAW:
            return LegacyAPIResponse(response, stream)  # type: ignore[return-value]
        return AsyncEventStreamAPIResponse(response, stream)  # type: ignore[return-value]

    async def _send_binary(self, options: RequestOptions) -> HttpxBinaryResponseContent:
        if _MODE.get() == _STREAM:
            return await self._send(options, lambda response: response.content)  # type: ignore[arg-type, return-value]
        return await self._send(options, HttpxBinaryResponseContent)

    def _list(
        self,
        build: Callable[..., RequestOptions],
        params: dict[str, Any],
        parse: Callable[[httpx2.Response], Any],
        page: Callable[[Any, Any, dict[str, Any], httpx2.Response], Any],
    ) -> AsyncPaginator[Any, Any]:
        async def fetch(overrides: dict[str, Any]) -> Any:
            given = {**params, **overrides}
            return await self._send(build(**given), lambda response: page(parse(response), fetch, given, response))

        return AsyncPaginator(lambda: fetch({}))

    async def _run(self, flow: Flow[T]) -> T:
        return await run_async(flow, self)

    async def _sleep(self, seconds: float) -> None:
        await self._client._clock.asleep(seconds)


# --- Views ------------------------------------------------------------------------------------


def to_raw_response_wrapper(method: Callable[P, R]) -> Callable[P, LegacyAPIResponse[R]]:
    """``method`` answering with the response (read, parsed on ``.parse()``)."""

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> LegacyAPIResponse[R]:
        token = _MODE.set(_RAW)
        try:
            return method(*args, **kwargs)  # type: ignore[return-value]
        finally:
            _MODE.reset(token)

    return wrapped


def async_to_raw_response_wrapper(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[LegacyAPIResponse[R]]]:
    """The async twin of ``to_raw_response_wrapper`` (list methods included: their paginator is
    awaited while the mode holds)."""

    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> LegacyAPIResponse[R]:
        token = _MODE.set(_RAW)
        try:
            return await method(*args, **kwargs)  # type: ignore[return-value]
        finally:
            _MODE.reset(token)

    return wrapped


def to_streamed_response_wrapper(method: Callable[P, R]) -> Callable[P, AbstractContextManager[APIResponse[R]]]:
    """``method`` as a context manager around the response, its body read only when asked."""

    @functools.wraps(method)
    @contextlib.contextmanager
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> Iterator[APIResponse[R]]:
        token = _MODE.set(_STREAM)
        try:
            response: APIResponse[R] = method(*args, **kwargs)  # type: ignore[assignment]
        finally:
            _MODE.reset(token)
        with contextlib.closing(response):
            yield response

    return wrapped


def async_to_streamed_response_wrapper(
    method: Callable[P, Awaitable[R]],
) -> Callable[P, AbstractAsyncContextManager[AsyncAPIResponse[R]]]:
    """The async twin of ``to_streamed_response_wrapper``."""

    @functools.wraps(method)
    @contextlib.asynccontextmanager
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncIterator[AsyncAPIResponse[R]]:
        token = _MODE.set(_STREAM)
        try:
            response: AsyncAPIResponse[R] = await method(*args, **kwargs)  # type: ignore[assignment]
        finally:
            _MODE.reset(token)
        try:
            yield response
        finally:
            await response.close()

    return wrapped
