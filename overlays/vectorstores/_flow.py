"""One flow for the sync and async clients.

A helper that makes several calls (poll, upload then attach, upload a batch) is written once,
as a generator that yields *steps*: callables taking the resource. The sync driver calls each
step; the async driver awaits it, since the async resource's methods return awaitables. The
flow receives each result (or the exception, thrown in at the ``yield``), exactly as httpx2's
``Auth.auth_flow`` serves both of its clients.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Coroutine, Generator
from typing import Any, Concatenate, ParamSpec, TypeVar, cast

from vectorstores_raw.errors import APIError

__all__ = ["Flow", "Step", "asynchronous", "returned_id", "run_async", "run_sync"]

T = TypeVar("T")
Step = Callable[[Any], Any]
Flow = Generator[Step, Any, T]


def run_sync(flow: Flow[T], resource: Any) -> T:
    """Drive ``flow`` with a synchronous resource."""
    result: Any = None
    error: BaseException | None = None
    while True:
        try:
            step = flow.send(result) if error is None else flow.throw(error)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]
        result, error = None, None
        try:
            result = step(resource)
        except BaseException as exc:  # handed to the flow, which decides (clean up, re-raise)
            error = exc


async def run_async(flow: Flow[T], resource: Any) -> T:
    """Drive ``flow`` with an async resource (under asyncio or trio: the flow itself never waits)."""
    result: Any = None
    error: BaseException | None = None
    while True:
        try:
            step = flow.send(result) if error is None else flow.throw(error)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]
        result, error = None, None
        try:
            result = await step(resource)
        except BaseException as exc:
            error = exc


def returned_id(result: Any, operation: str) -> str:
    """The id in what ``operation`` answered, which the flow's next request puts in its URL or
    body. Parsing is lenient, so a 2xx without one arrives as a result; going on with it would
    send a request without the id, or fail as a TypeError inside the SDK."""
    value = getattr(result, "id", None)
    if isinstance(value, str) and value.strip():
        return value
    shown = repr(result)
    shown = shown if len(shown) <= 300 else shown[:297] + "..."
    raise APIError(f"{operation} answered without a usable id ({value!r}), so the helper cannot go on: {shown}")


P = ParamSpec("P")


def asynchronous(method: Callable[Concatenate[Any, P], T]) -> Callable[Concatenate[Any, P], Coroutine[Any, Any, T]]:
    """The async twin of a helper whose body is ``return self._run(flow)``: on an async
    resource ``_run`` returns a coroutine, so the one definition serves both clients, and the
    twin has the same signature (``inspect.signature`` follows ``__wrapped__``)."""

    @functools.wraps(method)
    async def twin(self: Any, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return await cast(Awaitable[T], method(self, *args, **kwargs))

    return twin
