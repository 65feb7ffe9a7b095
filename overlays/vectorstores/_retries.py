"""When and how long to retry. The loop itself is tenacity's; this module supplies what it
cannot know: which failures are worth another try, and the server's own hint of how long to wait.
"""

from __future__ import annotations

import datetime
import email.utils
import logging
import random
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

import httpx2
from vectorstores_raw.errors import APIConnectionError, APIStatusError

if TYPE_CHECKING:
    from tenacity import RetryCallState

__all__ = ["INITIAL_DELAY", "MAX_DELAY", "RetryPolicy", "retry_after", "should_retry"]

T = TypeVar("T")
_log = logging.getLogger("vectorstores")
INITIAL_DELAY = 0.5  # seconds before the first retry
MAX_DELAY = 8.0  # cap of the exponential backoff
MAX_HINT = 60.0  # a server hint longer than this is ignored in favour of the backoff
RETRY_STATUSES = frozenset({408, 409, 429})


def should_retry(error: BaseException) -> bool:
    """Timeouts, dropped connections, 408, 409, 429 and 5xx are retried, unless the server says
    ``x-should-retry: false`` (or asks for a retry with ``true``). A request this side could not
    put into HTTP is not: sending it again would fail the same way."""
    if isinstance(error, APIStatusError):
        hint = error.response.headers.get("x-should-retry", "").strip().lower()
        if hint in ("true", "false"):
            return bool(hint == "true")
        return error.status_code in RETRY_STATUSES or error.status_code >= 500
    return isinstance(error, APIConnectionError) and not isinstance(error.__cause__, httpx2.LocalProtocolError)


def retry_after(headers: httpx2.Headers, now: float | None = None) -> float | None:
    """The wait the server asks for, in seconds: ``retry-after-ms``, else ``Retry-After`` as
    seconds or an HTTP date. None when absent, unparsable or unreasonably long."""
    wait: float | None = None
    if "retry-after-ms" in headers:
        try:
            wait = float(headers["retry-after-ms"]) / 1000
        except ValueError:
            wait = None
    if wait is None and "retry-after" in headers:
        value = headers["retry-after"].strip()
        try:
            wait = float(value)
        except ValueError:
            try:  # since Python 3.10 an unparsable date raises rather than giving None
                parsed = email.utils.parsedate_to_datetime(value) if value else None
            except (TypeError, ValueError, IndexError, OverflowError):
                parsed = None
            if parsed is not None:
                if parsed.tzinfo is None:  # "-0000" means UTC with no zone known; read it as UTC
                    parsed = parsed.replace(tzinfo=datetime.timezone.utc)
                wait = parsed.timestamp() - (time.time() if now is None else now)
    if wait is None or not 0 <= wait <= MAX_HINT:
        return None
    return wait


def backoff(attempt: int, jitter: Callable[[], float] = random.random) -> float:
    """Exponential backoff for retry number ``attempt`` (1-based), capped, with up to 25% less
    so that many clients retrying at once spread out."""
    delay = min(INITIAL_DELAY * 2.0 ** (attempt - 1), MAX_DELAY)
    return delay * (1 - 0.25 * jitter())


class RetryPolicy:
    """Runs a call with up to ``max_retries`` retries (sync or async), sleeping through an
    injectable function so tests never wait."""

    def __init__(
        self,
        max_retries: int,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
            raise ValueError(f"max_retries must be an integer >= 0, got {max_retries!r}")
        self.max_retries = max_retries
        self.sleep = sleep
        self.async_sleep = async_sleep
        self.jitter = jitter

    def first_wait(self, error: BaseException, attempt: int = 1) -> float:
        """Seconds before the attempt after ``attempt`` failed with ``error``: the server's hint,
        else the backoff."""
        seconds = retry_after(error.response.headers) if isinstance(error, APIStatusError) else None
        if seconds is None:
            seconds = backoff(attempt, self.jitter)
        _log.info("Retrying request in %.3f seconds after %s: %s", seconds, type(error).__name__, error)
        return seconds

    def wait(self, state: RetryCallState) -> float:
        """tenacity's wait: tenacity's first attempt is our second (see ``call``)."""
        error = state.outcome.exception() if state.outcome else None
        if error is None:
            return backoff(state.attempt_number + 1, self.jitter)
        return self.first_wait(error, state.attempt_number + 1)

    def _options(self) -> dict[str, Any]:
        from tenacity import retry_if_exception, stop_after_attempt

        return {
            "stop": stop_after_attempt(self.max_retries),
            "wait": self.wait,
            "retry": retry_if_exception(should_retry),
            "reraise": True,
        }

    def call(self, fn: Callable[[], T], *, replayable: bool = True) -> T:
        """Run ``fn`` with retries; a body that cannot be sent twice gets one attempt.

        The first attempt runs bare: most calls succeed at once, and building tenacity's
        machinery for each of them cost a fifth of the SDK's own time per call. Only a
        retryable failure hands the remaining attempts to tenacity."""
        if self.max_retries == 0 or not replayable:
            return fn()
        try:
            return fn()
        except Exception as error:
            if not should_retry(error):
                raise
            self.sleep(self.first_wait(error))
        from tenacity import Retrying

        return Retrying(sleep=self.sleep, **self._options())(fn)

    async def acall(self, fn: Callable[[], Awaitable[T]], *, replayable: bool = True) -> T:
        """The async twin of ``call``."""
        if self.max_retries == 0 or not replayable:
            return await fn()
        try:
            return await fn()
        except Exception as error:
            if not should_retry(error):
                raise
            await self._async_sleep()(self.first_wait(error))
        from tenacity import AsyncRetrying

        async def attempt() -> T:  # tenacity awaits only what is a coroutine function itself
            return await fn()

        # Always ours: tenacity's own default sleeps with asyncio, which fails under trio.
        return await AsyncRetrying(sleep=self._async_sleep(), **self._options())(attempt)

    def _async_sleep(self) -> Callable[[float], Awaitable[None]]:
        """The injected async sleep, else anyio's, which sleeps in any event loop."""
        if self.async_sleep is not None:
            return self.async_sleep
        import anyio  # only here: importing it costs every program a little start-up

        return anyio.sleep
