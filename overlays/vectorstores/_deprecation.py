"""``deprecated``: typing_extensions' decorator as type checkers see it, and one that keeps an
``async def`` a coroutine function at run time.

typing_extensions wraps a deprecated function in a plain function, which before Python 3.12
``inspect.iscoroutinefunction`` no longer takes for a coroutine function (so frameworks that
ask would call an async method as a sync one). Type checkers recognise the decorator by its
name, so they are shown typing_extensions' own; at run time a coroutine function gets an
``async def`` wrapper that warns the same way.
"""

from __future__ import annotations

import functools
import inspect
import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

__all__ = ["deprecated"]

F = TypeVar("F", bound=Callable[..., Any])

if TYPE_CHECKING:
    from typing_extensions import deprecated
else:
    import typing_extensions

    def deprecated(message: str, /) -> Callable[[F], F]:
        """Mark a function deprecated: a DeprecationWarning at each call, ``__deprecated__`` set."""

        def mark(function: F) -> F:
            if not inspect.iscoroutinefunction(function):
                return typing_extensions.deprecated(message)(function)

            @functools.wraps(function)
            async def warned(*args: Any, **kwargs: Any) -> Any:
                warnings.warn(message, DeprecationWarning, stacklevel=2)
                return await function(*args, **kwargs)

            warned.__deprecated__ = message
            return warned

        return mark
