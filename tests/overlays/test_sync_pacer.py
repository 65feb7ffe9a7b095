"""How sync paces its requests under a rate limit, on a clock the test moves: a 429 holds every
request until Retry-After and widens the gap between starts once per wave, successes narrow it."""

from __future__ import annotations

import pytest
from vectorstores import _clock
from vectorstores.lib.sync import MAX_GAP, _Pacer


class Clock(_clock.Clock):
    """Time that moves only when the test says."""

    def __init__(self) -> None:
        self.at = 100.0

    def now(self) -> float:
        return self.at

    def sleep(self, seconds: float) -> None:
        self.at += seconds

    async def asleep(self, seconds: float) -> None:
        self.at += seconds


def test_unlimited_requests_start_at_once() -> None:
    pacer = _Pacer(Clock())
    assert [pacer.slot()[1] for _ in range(5)] == [0.0] * 5


def test_a_wave_of_429s_widens_the_gap_once_and_holds_until_retry_after() -> None:
    clock = Clock()
    pacer = _Pacer(clock)
    wave = [pacer.slot()[0] for _ in range(8)]  # eight requests in flight together
    for started in wave:
        pacer.limited(started, 0.5)  # all of them refused
    assert pacer.gap == pytest.approx(0.001)  # widened once, not eight times
    start, wait = pacer.slot()
    assert wait == pytest.approx(0.5) and start == pytest.approx(100.5)
    pacer.limited(start, 0.1)  # a request planned after the widening: the pace is still too fast
    assert pacer.gap == pytest.approx(0.0015)
    for _ in range(100):
        pacer.passed()
    assert pacer.gap == pytest.approx(0.0015 * 0.998**100)


def test_the_gap_has_a_ceiling() -> None:
    clock = Clock()
    pacer = _Pacer(clock)
    for _ in range(60):
        started, wait = pacer.slot()
        clock.sleep(wait)
        pacer.limited(started, 0.0)
    assert pacer.gap == MAX_GAP
