"""Binding generated operations to resources.

``create = api(create_vector_store.sync)`` makes ``client.vector_stores.create`` the generated
function with the client already supplied. ``ParamSpec`` carries the generated signature
through, so the type checker and ``inspect.signature`` see exactly what the spec defines:
a property added to the spec is a keyword argument here with no edit in this package.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, overload

from vectorstores_raw.client import Client

from ._flow import Flow, run_async, run_sync
from ._pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage, SyncPage

if TYPE_CHECKING:
    from ._client import AsyncOpenAI, OpenAI

__all__ = ["AsyncResource", "RawResponses", "SyncResource", "api", "bind", "paginated", "raw_responses", "single_page"]

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")
V = TypeVar("V", bound="RawResponses")
K = TypeVar("K")


class _Resource:
    _client: Any

    @property
    def _raw(self) -> Client:
        return self._client._connection  # type: ignore[no-any-return]


class RawResponses(_Resource):
    """Base of a resource's ``with_raw_response``: its operations bound to their ``*_detailed``
    forms, which return the response (``.status_code``, ``.headers``, ``.request_id``,
    ``.parse()``) rather than only the parsed result. One subclass per resource lists them, so each
    method's result is typed ``Response[Model]``. A list or search gives the response of one page:
    its ``.parse()`` is the page as sent (``data``, ``has_more``), with no auto-paging."""

    def __init__(self, resource: _Resource) -> None:
        self._client = resource._client


class SyncResource(_Resource):
    """A group of operations of a synchronous client."""

    def __init__(self, client: OpenAI) -> None:
        self._client = client

    def _run(self, flow: Flow[T]) -> T:
        return run_sync(flow, self)

    def _sleep(self, seconds: float) -> None:
        self._client._clock.sleep(seconds)


class AsyncResource(_Resource):
    """A group of operations of an asyncio client."""

    def __init__(self, client: AsyncOpenAI) -> None:
        self._client = client

    async def _run(self, flow: Flow[T]) -> T:
        return await run_async(flow, self)

    async def _sleep(self, seconds: float) -> None:
        await self._client._clock.asleep(seconds)


def bind(
    fn: Callable[Concatenate[Client, P], R], client: Client, signature: inspect.Signature | None = None
) -> Callable[P, R]:
    """``fn`` with its client argument supplied; its signature shows the rest."""
    bound = functools.partial(fn, client)
    functools.update_wrapper(bound, fn)
    del bound.__wrapped__  # type: ignore[attr-defined]  # else inspect.signature shows `client` again
    bound.__signature__ = signature or _signature_without_client(fn)  # type: ignore[attr-defined]
    return bound


def _signature_without_client(fn: Callable[..., Any]) -> inspect.Signature:
    signature = inspect.signature(fn)
    return signature.replace(parameters=list(signature.parameters.values())[1:])


class _Kept:
    """What the descriptors here share: what ``__get__`` makes (a bound method, a view) is made
    once per resource, on first access, and kept in a table on the resource keyed by descriptor.
    Making a method (a partial with the generated signature) costs more than a small request's
    own work in this package, so doing it on every call would show in every call. The table is
    read from ``__get__``, so the class stays in charge: patching ``VectorStores.retrieve`` (as
    ``mock.patch.object`` does) takes effect on resources that have already used it."""

    def _kept(self, obj: _Resource, make: Callable[[_Resource], K]) -> K:
        table: dict[_Kept, Any] = obj.__dict__.setdefault("_kept", {})
        try:
            return table[self]  # type: ignore[no-any-return]
        except KeyError:
            # A resource's connection is fixed for the client's life, so what is bound to it is too.
            made = table[self] = make(obj)
            return made


class _Operation(_Kept):
    fn: Callable[..., Any]
    __signature__: inspect.Signature


class api(_Operation, Generic[P, R]):
    """Descriptor binding a generated operation (``module.sync`` or ``module.asyncio``)."""

    def __init__(self, fn: Callable[Concatenate[Client, P], R]) -> None:
        self.fn = fn
        self.__doc__ = fn.__doc__
        self.__signature__ = _signature_without_client(fn)

    @overload
    def __get__(self, obj: None, owner: type) -> api[P, R]: ...

    @overload
    def __get__(self, obj: _Resource, owner: type) -> Callable[P, R]: ...

    def __get__(self, obj: _Resource | None, owner: type) -> api[P, R] | Callable[P, R]:
        if obj is None:
            return self
        return self._kept(obj, lambda resource: bind(self.fn, resource._raw, self.__signature__))


class raw_responses(_Kept, Generic[V]):
    """Descriptor for a resource's ``with_raw_response``: the view, made on first access and kept."""

    def __init__(self, view: type[V]) -> None:
        self.view = view
        self.__doc__ = view.__doc__

    @overload
    def __get__(self, obj: None, owner: type) -> raw_responses[V]: ...

    @overload
    def __get__(self, obj: _Resource, owner: type) -> V: ...

    def __get__(self, obj: _Resource | None, owner: type) -> raw_responses[V] | V:
        if obj is None:
            return self
        return self._kept(obj, self.view)


class paginated(_Operation, Generic[P, T]):
    """Descriptor for a generated list operation: calling it returns a cursor page (sync) or a
    paginator to await or ``async for`` over (async)."""

    def __init__(self, fn: Callable[Concatenate[Client, P], Any], item: type[T]) -> None:
        self.fn = fn
        self.item = item
        self.__signature__ = _signature_without_client(fn)

    @overload
    def __get__(self, obj: None, owner: type) -> paginated[P, T]: ...

    @overload
    def __get__(self, obj: SyncResource, owner: type) -> Callable[P, SyncCursorPage[T]]: ...

    @overload
    def __get__(self, obj: AsyncResource, owner: type) -> Callable[P, AsyncPaginator[T]]: ...

    def __get__(self, obj: _Resource | None, owner: type) -> Any:
        if obj is None:
            return self
        return self._kept(obj, self._make)

    def _make(self, obj: _Resource) -> Callable[..., Any]:
        fn, raw = self.fn, obj._raw

        if isinstance(obj, AsyncResource):

            def first_async(*args: P.args, **kwargs: P.kwargs) -> AsyncPaginator[T]:
                async def fetch(overrides: dict[str, Any]) -> AsyncCursorPage[T]:
                    params = {**kwargs, **overrides}
                    return AsyncCursorPage(await fn(raw, *args, **params), fetch, params)

                return AsyncPaginator(lambda: fetch({}))

            return _signed(first_async, self)

        def first(*args: P.args, **kwargs: P.kwargs) -> SyncCursorPage[T]:
            def fetch(overrides: dict[str, Any]) -> SyncCursorPage[T]:
                params = {**kwargs, **overrides}
                return SyncCursorPage(fn(raw, *args, **params), fetch, params)

            return fetch({})

        return _signed(first, self)


class single_page(_Operation, Generic[P, T]):
    """Descriptor for an operation whose result is one page of items (search, file content)."""

    def __init__(self, fn: Callable[Concatenate[Client, P], Any], item: type[T]) -> None:
        self.fn = fn
        self.item = item
        self.__signature__ = _signature_without_client(fn)

    @overload
    def __get__(self, obj: None, owner: type) -> single_page[P, T]: ...

    @overload
    def __get__(self, obj: SyncResource, owner: type) -> Callable[P, SyncPage[T]]: ...

    @overload
    def __get__(self, obj: AsyncResource, owner: type) -> Callable[P, Awaitable[SyncPage[T]]]: ...

    def __get__(self, obj: _Resource | None, owner: type) -> Any:
        if obj is None:
            return self
        return self._kept(obj, self._make)

    def _make(self, obj: _Resource) -> Callable[..., Any]:
        fn, raw = self.fn, obj._raw
        if isinstance(obj, AsyncResource):

            async def call_async(*args: P.args, **kwargs: P.kwargs) -> SyncPage[T]:
                return SyncPage(await fn(raw, *args, **kwargs))

            return _signed(call_async, self)

        def call(*args: P.args, **kwargs: P.kwargs) -> SyncPage[T]:
            return SyncPage(fn(raw, *args, **kwargs))

        return _signed(call, self)


F = TypeVar("F", bound=Callable[..., Any])


def _signed(wrapper: F, descriptor: _Operation) -> F:
    wrapper.__signature__ = descriptor.__signature__  # type: ignore[attr-defined]
    wrapper.__doc__ = descriptor.fn.__doc__
    wrapper.__name__ = descriptor.fn.__module__.rsplit(".", 1)[-1]
    return wrapper
