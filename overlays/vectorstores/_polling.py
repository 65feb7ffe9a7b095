"""Waiting for a file or a batch to finish processing.

``Poller`` holds the whole decision (done yet? how long to wait? past the deadline?) and
``poll_flow`` the loop, run by the sync or async driver of ``_flow``.
"""

from __future__ import annotations

import numbers
from typing import Any

from vectorstores_raw.errors import OpenAIError
from vectorstores_raw.types import Response, Unset

from ._clock import Clock
from ._flow import Flow, Step

__all__ = ["DEFAULT_POLL_SECONDS", "Poller", "PollingTimeoutError", "check_poll_options", "poll_flow"]

DEFAULT_POLL_SECONDS = 1.0


class PollingTimeoutError(OpenAIError):
    """An object was still processing when ``max_wait_seconds`` ran out."""

    def __init__(self, description: str, last: Any, waited: float, limit: float) -> None:
        status = getattr(last, "status", None)
        super().__init__(f"{description} is still {status!r} after {waited:.1f}s (max_wait_seconds={limit:g})")
        self.last = last
        self.status = status


def check_poll_options(poll_interval_ms: int | Unset, max_wait_seconds: float | Unset) -> None:
    """Reject bad polling options before the first request."""
    if not isinstance(poll_interval_ms, Unset) and (
        isinstance(poll_interval_ms, bool) or not isinstance(poll_interval_ms, int) or poll_interval_ms <= 0
    ):
        raise ValueError(f"poll_interval_ms must be a positive integer, got {poll_interval_ms!r}")
    if not isinstance(max_wait_seconds, Unset) and (
        isinstance(max_wait_seconds, bool) or not isinstance(max_wait_seconds, numbers.Real) or max_wait_seconds < 0
    ):
        raise ValueError(f"max_wait_seconds must be a number >= 0, got {max_wait_seconds!r}")


class Poller:
    """Decides, response by response, whether to stop and how long to wait."""

    def __init__(
        self, description: str, clock: Clock, poll_interval_ms: int | Unset, max_wait_seconds: float | Unset
    ) -> None:
        check_poll_options(poll_interval_ms, max_wait_seconds)
        self.description = description
        self.clock = clock
        self.interval = None if isinstance(poll_interval_ms, Unset) else poll_interval_ms / 1000
        self.limit = None if isinstance(max_wait_seconds, Unset) else float(max_wait_seconds)
        self.started = clock.now()
        self.polls = 0

    def next_wait(self, response: Response[Any]) -> float | None:
        """Seconds to wait before the next poll, or None when the object is done."""
        self.polls += 1
        if getattr(response.parsed, "status", None) != "in_progress":
            return None
        wait = self.interval if self.interval is not None else self._server_hint(response)
        waited = self.clock.now() - self.started
        if self.limit is not None and waited + wait > self.limit:
            if waited >= self.limit:
                raise PollingTimeoutError(self.description, response.parsed, waited, self.limit)
            wait = self.limit - waited  # one last look right at the deadline
        return wait

    @staticmethod
    def _server_hint(response: Response[Any]) -> float:
        try:
            return max(int(response.headers.get("openai-poll-after-ms", "")) / 1000, 0.0)
        except ValueError:
            return DEFAULT_POLL_SECONDS


def poll_flow(fetch: Step, poller: Poller) -> Flow[Any]:
    """Fetch until the object is done, sleeping as the poller says in between."""
    while True:
        response = yield fetch
        wait = poller.next_wait(response)
        if wait is None:
            return response.parsed
        yield _sleep(wait)


def _sleep(seconds: float) -> Step:
    return lambda resource: resource._sleep(seconds)
