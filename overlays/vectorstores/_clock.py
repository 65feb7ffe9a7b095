"""Time as the SDK sees it: one object to replace in tests so that no retry or poll waits."""

from __future__ import annotations

import time

__all__ = ["Clock"]


class Clock:
    """Real time: ``time.monotonic`` and real sleeps."""

    def now(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        """Sleep in whichever event loop runs (asyncio or trio), as httpx2 itself does."""
        import anyio  # here, not at the top: a sync-only program never pays its import

        await anyio.sleep(seconds)
