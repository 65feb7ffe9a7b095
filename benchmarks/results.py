"""One row of the results table, and the checks that decide whether its target is met."""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

__all__ = ["Measurement", "Measurements", "Row", "median_of", "paired", "paired_ratio"]

# What one worker run printed: metric name -> number.
Measurement = dict[str, float]
# Every run of one case, by SDK ("ours", "openai", "httpx2").
Measurements = dict[str, list[Measurement]]


def median_of(runs: Sequence[Measurement], metric: str) -> float:
    """The median of ``metric`` over ``runs``."""
    return float(statistics.median(run[metric] for run in runs))


def paired(results: Measurements, ratio: Callable[[dict[str, Measurement]], float]) -> float:
    """The median over repetitions of ``ratio`` taken within each repetition.

    The runs of one repetition are next to each other in time, so a change of load on the machine
    between repetitions (other work starting or stopping) weighs on both sides of each ratio alike,
    where a ratio of medians taken over the whole case would carry it."""
    reps = min(len(runs) for runs in results.values())
    values = [ratio({side: runs[index] for side, runs in results.items()}) for index in range(reps)]
    return float(statistics.median(values))


def paired_ratio(results: Measurements, top: str, bottom: str, metric: str = "seconds") -> float:
    """``paired`` for ``metric`` of side ``top`` over the same of side ``bottom``."""

    def ratio(runs: dict[str, Measurement]) -> float:
        below = runs[bottom][metric]
        return runs[top][metric] / below if below else math.inf

    return paired(results, ratio)


@dataclass
class Row:
    """One line of the table.

    ``ours``, ``openai`` and ``raw`` are in ``unit``. ``ratio`` is the quantity the issue sets the
    target on (``ratio_name`` says which), ``limit`` the value of ``ratio`` the target allows, and
    ``higher_is_better`` its direction. ``ours_limit`` is the same target expressed as a value of
    ``ours``, which the chart puts on the common ours/openai scale.
    """

    case: int
    key: str
    title: str
    unit: str
    ours: float
    openai: float
    raw: float | None
    ratio: float
    ratio_name: str
    limit: float
    target: str
    ours_limit: float
    higher_is_better: bool = False
    short: str = ""  # the chart's label; the title when empty
    profile: str | None = None  # the profile of our side, taken when the target is missed
    notes: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"{self.key}. {self.short or self.title}"

    @property
    def met(self) -> bool:
        return self.ratio >= self.limit if self.higher_is_better else self.ratio <= self.limit

    @property
    def vs_openai(self) -> float:
        """ours / openai, the common scale of the chart."""
        return self.ours / self.openai if self.openai else float("nan")
