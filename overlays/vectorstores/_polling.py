"""Waiting for a file or a batch to finish processing.

``Poller`` holds the whole decision (done yet? how long to wait? past the deadline?) and
``poll_flow`` the loop, run by the sync or async driver of ``_flow``.

The server's ``openai-poll-after-ms`` hint is kept between ``MIN_POLL_HINT_SECONDS`` (0.1 s) and
``MAX_POLL_HINT_SECONDS`` (60 s): a server must not make us ask hundreds of times a second, nor
sleep for days. ``poll_interval_ms`` is the caller's own choice and is used as given; either way
``max_wait_seconds`` ends the wait.
"""

from __future__ import annotations

import numbers
from typing import Any

import httpx2
from vectorstores_raw.errors import OpenAIError
from vectorstores_raw.types import NOT_GIVEN, Body, Headers, NotGiven, Query, Unset

from ._clock import Clock
from ._flow import Flow, Step
from ._response import LegacyAPIResponse

__all__ = [
    "DEFAULT_POLL_SECONDS",
    "MAX_POLL_HINT_SECONDS",
    "MIN_POLL_HINT_SECONDS",
    "Extras",
    "Poller",
    "PollingTimeoutError",
    "check_poll_options",
    "extras",
    "poll_flow",
    "poll_in_store",
    "still_processing",
]

DEFAULT_POLL_SECONDS = 1.0
MIN_POLL_HINT_SECONDS = 0.1
MAX_POLL_HINT_SECONDS = 60.0


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


Extras = dict[str, Any]  # extra_headers, extra_query, extra_body and timeout of a helper call


def extras(
    extra_headers: Headers | None,
    extra_query: Query | None,
    extra_body: Body | None,
    timeout: float | httpx2.Timeout | NotGiven | None,
) -> Extras:
    """What a helper passes on to every request it makes."""
    return {"extra_headers": extra_headers, "extra_query": extra_query, "extra_body": extra_body, "timeout": timeout}


def still_processing(found: Any) -> bool:
    """Whether a vector store file or batch is still being worked on. A batch whose counts still
    show files in progress is not done, whatever its status says yet."""
    counts = getattr(found, "file_counts", None)
    return getattr(found, "status", None) == "in_progress" or bool(getattr(counts, "in_progress", 0))


class Poller:
    """Decides, response by response, whether to stop and how long to wait."""

    def __init__(
        self, description: str, client: Any, poll_interval_ms: int | Unset, max_wait_seconds: float | Unset
    ) -> None:
        check_poll_options(poll_interval_ms, max_wait_seconds)
        self.description = description
        self.interval = None if isinstance(poll_interval_ms, Unset) else poll_interval_ms / 1000
        self.limit = None if isinstance(max_wait_seconds, Unset) else float(max_wait_seconds)
        # Time is read only for a deadline: without one, polling needs nothing but the answers.
        self.clock: Clock | None = client._clock if self.limit is not None else None
        self.started = self.clock.now() if self.clock is not None else 0.0
        self.polls = 0
        # Set once a wait has been cut to end at the deadline: the look after it is the last.
        self.at_deadline = False

    def options(self, sent: Extras) -> Extras:
        """The helper's extras for each poll, with the headers that tell the server (as
        openai-python's do) that this is a poll and at what interval."""
        headers = {**(sent.get("extra_headers") or {}), "X-Stainless-Poll-Helper": "true"}
        if self.interval is not None:
            headers["X-Stainless-Custom-Poll-Interval"] = str(round(self.interval * 1000))
        given = {key: value for key, value in sent.items() if key != "extra_headers" and value not in (None, NOT_GIVEN)}
        return {**given, "extra_headers": headers}

    def next_wait(self, response: LegacyAPIResponse[Any]) -> float | None:
        """Seconds to wait before the next poll, or None when the object is done."""
        self.polls += 1
        if not still_processing(response.parse()):
            return None
        wait = self.interval if self.interval is not None else self._server_hint(response)
        if self.clock is None or self.limit is None:
            return wait
        waited = self.clock.now() - self.started
        # The flag, not the clock, ends it after the last look: float sums of sleeps can leave
        # the clock a hair short of the deadline, which would mean ever tinier waits.
        if self.at_deadline or waited >= self.limit:
            raise PollingTimeoutError(self.description, response.parse(), waited, self.limit)
        if waited + wait >= self.limit:
            wait = self.limit - waited  # one last look right at the deadline
            self.at_deadline = True
        return wait

    @staticmethod
    def _server_hint(response: LegacyAPIResponse[Any]) -> float:
        """The server's wait, within the bounds; the default when it gives none we can read."""
        try:
            hinted = int(response.headers.get("openai-poll-after-ms", ""))
        except ValueError:
            return DEFAULT_POLL_SECONDS
        # Clamped as an integer: a hint of hundreds of digits would overflow a float.
        low, high = round(MIN_POLL_HINT_SECONDS * 1000), round(MAX_POLL_HINT_SECONDS * 1000)
        return min(max(hinted, low), high) / 1000


def poll_flow(fetch: Step, poller: Poller) -> Flow[Any]:
    """Fetch until the object is done, sleeping as the poller says in between."""
    while True:
        response = yield fetch
        wait = poller.next_wait(response)
        if wait is None:
            return response.parse()
        yield _sleep(wait)


def _sleep(seconds: float) -> Step:
    return lambda resource: resource._sleep(seconds)


def poll_in_store(
    resource: Any,
    what: str,
    object_id: str,
    vector_store_id: str,
    poll_interval_ms: int | Unset,
    max_wait_seconds: float | Unset,
    sent: Extras,
) -> Flow[Any]:
    """Poll a file or batch (``what``) of a vector store through the resource's raw ``retrieve``,
    whose headers carry the server's hint."""
    poller = Poller(
        f"{what} {object_id!r} in vector store {vector_store_id!r}",
        resource._client,
        poll_interval_ms,
        max_wait_seconds,
    )
    options = poller.options(sent)
    fetch: Step = lambda r: r.with_raw_response.retrieve(object_id, vector_store_id=vector_store_id, **options)  # noqa: E731
    return poll_flow(fetch, poller)
