"""Request-rate limits, as the real API enforces them, when the emulator is started with
``--rate-limit KIND=PER_MINUTE``: a ``429`` with ``Retry-After`` (and ``retry-after-ms``) past the
limit, so clients and benchmarks meet the limits they will meet in production.

Two kinds are known (API-FACTS.md): ``files``, every request under ``/v1/files`` (the real limit
is 1,000 a minute), and ``attach``, attaching files to one vector store singly or as a batch (300
a minute per store). Each is a token bucket refilled at the limit's rate and holding one second of
it, so a limit is enforced evenly over the minute, as the real API does, not as one burst.
"""

from __future__ import annotations

import math
import re
import threading
import time
from collections.abc import Mapping

from starlette.types import ASGIApp, Receive, Scope, Send

from .errors import ApiError
from .faults import _drain

__all__ = ["KINDS", "RateLimitMiddleware", "parse_limit"]

_ATTACH = re.compile(r"^/v1/vector_stores/([^/]+)/(?:files|file_batches)$")
KINDS = ("files", "attach")


def parse_limit(text: str) -> tuple[str, float]:
    """``files=1000`` -> ("files", 1000.0); a ValueError that names the rule otherwise."""
    kind, _, value = text.partition("=")
    try:
        per_minute = float(value)
    except ValueError:
        per_minute = math.nan
    if kind not in KINDS or not per_minute > 0:  # `not >` also refuses NaN
        raise ValueError(f"a rate limit is KIND=REQUESTS_PER_MINUTE with KIND one of {', '.join(KINDS)}, got {text!r}")
    return kind, per_minute


class _Bucket:
    def __init__(self, per_minute: float) -> None:
        self.rate = per_minute / 60
        self.capacity = max(1.0, self.rate)  # one second's worth
        self.tokens = self.capacity
        self.at = time.monotonic()

    def take(self) -> float:
        """0 when the request may go, else the seconds until it could."""
        now = time.monotonic()
        self.tokens = min(self.capacity, self.tokens + (now - self.at) * self.rate)
        self.at = now
        if self.tokens >= 1:
            self.tokens -= 1
            return 0.0
        return (1 - self.tokens) / self.rate


class RateLimitMiddleware:
    """Answers ``429`` for a request over its limit, before the handler sees it."""

    def __init__(self, app: ASGIApp, *, limits: Mapping[str, float]) -> None:
        self.app = app
        self.limits = dict(limits)
        self.buckets: dict[tuple[str, str], _Bucket] = {}
        self.lock = threading.Lock()

    def _key(self, scope: Scope) -> tuple[str, str] | None:
        path, method = scope["path"], scope["method"]
        if path == "/v1/files" or path.startswith("/v1/files/"):
            return ("files", "") if "files" in self.limits else None
        attach = _ATTACH.match(path)
        if attach is not None and method == "POST" and "attach" in self.limits:
            return "attach", attach.group(1)  # counted per store
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        key = self._key(scope) if scope["type"] == "http" else None
        if key is None:
            await self.app(scope, receive, send)
            return
        with self.lock:
            bucket = self.buckets.setdefault(key, _Bucket(self.limits[key[0]]))
            wait = bucket.take()
        if not wait:
            await self.app(scope, receive, send)
            return
        await _drain(receive)  # read what was sent, so the connection stays usable
        limit = self.limits[key[0]]
        headers = {"retry-after": str(math.ceil(wait)), "retry-after-ms": str(math.ceil(wait * 1000))}
        problem = ApiError(
            429,
            f"Rate limit reached for {key[0]} requests: {limit:g} per minute. Please try again in {wait * 1000:.0f}ms.",
            type="requests",
            code="rate_limit_exceeded",
            headers=headers,
        )
        await problem.response()(scope, receive, send)
