"""Running the cases: child processes for every measured run, alternating the SDKs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .measure import PROFILE_ENV
from .results import Measurement, Measurements, Row

__all__ = ["ROOT", "Bench", "CaseFailure", "WorkerFailed", "child_env", "run_cases", "top_of"]

ROOT = Path(__file__).resolve().parent.parent  # the repository: where `benchmarks` is importable
PROFILE_LINES = 45  # the top of a profile is what explains a gap; the rest is noise in a report
WORKER_TIMEOUT = 300.0


class WorkerFailed(RuntimeError):
    """A measured run exited with an error; its stderr is in the message."""


@dataclass
class CaseFailure:
    """A case that raised instead of producing rows."""

    case: int
    name: str
    error: str


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    # Both SDKs read OPENAI_* variables (organisation, project, base URL); none may leak in.
    env = {name: value for name, value in os.environ.items() if not name.startswith("OPENAI_")}
    env.pop(PROFILE_ENV, None)
    return {**env, **(extra or {})}


@dataclass
class Bench:
    """What a case gets to run with: the mode, and ways to run measured children."""

    quick: bool = False
    profile_misses: bool = True
    log: Callable[[str], None] = lambda message: print(message, file=sys.stderr, flush=True)
    runs: int = field(default=0, init=False)  # measured children started, for the report

    def reps(self, full: int) -> int:
        """Repetitions per SDK: ``full`` normally, one in quick mode."""
        return 1 if self.quick else full

    @staticmethod
    def schedule(sides: Sequence[str], reps: int) -> list[str]:
        """The order of runs: every side once per repetition, reversed every other repetition
        (ours, openai, openai, ours, ...), so a machine warming up or slowing down over time
        weighs on both alike."""
        order: list[str] = []
        for rep in range(reps):
            order.extend(sides if rep % 2 == 0 else reversed(sides))
        return order

    def run_worker(self, case: str, sdk: str, params: dict[str, Any], *, profile_to: Path | None = None) -> Measurement:
        """Run ``python -m benchmarks.worker case sdk params`` and return what it measured."""
        extra = {PROFILE_ENV: str(profile_to)} if profile_to is not None else None
        command = [sys.executable, "-m", "benchmarks.worker", case, sdk, json.dumps(params)]
        return self.run_child(command, extra)

    def run_child(self, command: list[str], env: dict[str, str] | None = None) -> Measurement:
        """Run a child that prints its measurement as JSON on its last line."""
        self.runs += 1
        done = subprocess.run(
            command,
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=child_env(env),
            timeout=WORKER_TIMEOUT,
            check=False,
        )
        if done.returncode != 0:
            raise WorkerFailed(f"{' '.join(command[:5])} exited {done.returncode}:\n{done.stderr[-4000:]}")
        lines = done.stdout.strip().splitlines()
        if not lines:
            raise WorkerFailed(f"{' '.join(command[:5])} printed nothing:\n{done.stderr[-4000:]}")
        parsed = json.loads(lines[-1])
        return {name: float(value) for name, value in parsed.items()}

    def alternate(
        self,
        case: str,
        params: dict[str, Any],
        sides: Sequence[str],
        reps: int,
        prepare: Callable[[str], dict[str, Any]] | None = None,
    ) -> Measurements:
        """Run every side ``reps`` times in the alternating order; ``prepare(side)`` may add
        parameters made fresh for each run (a new store, say)."""
        results: Measurements = {side: [] for side in sides}
        for side in self.schedule(sides, reps):
            extra = prepare(side) if prepare is not None else {}
            results[side].append(self.run_worker(case, side, {**params, **extra}))
        return results

    def profile(self, case: str, params: dict[str, Any]) -> str:
        """The top of a pyinstrument profile of our side's measured block."""
        with tempfile.TemporaryDirectory(prefix="benchmarks-profile-") as scratch:
            target = Path(scratch) / "profile.txt"
            self.run_worker(case, "ours", params, profile_to=target)
            return top_of(target.read_text(encoding="utf-8"))

    def attach_profiles(self, rows: Iterable[Row], take: Callable[[], str]) -> None:
        """Profile our side once for the rows that missed their target (not in quick mode)."""
        missed = [row for row in rows if not row.met]
        if not missed or self.quick or not self.profile_misses:
            return
        self.log(f"  profiling our side of case {missed[0].case} (missed: {', '.join(r.key for r in missed)})")
        text = take()
        for row in missed:
            row.profile = text


def top_of(profile: str, lines: int = PROFILE_LINES) -> str:
    """The first ``lines`` lines of a profile, without the banner pyinstrument prints first."""
    kept = [line.rstrip() for line in profile.splitlines()]
    start = next((index for index, line in enumerate(kept) if line.startswith(("Program:", "Profile at"))), 0)
    body = [line for line in kept[start:] if line.strip()]
    return "\n".join(body[:lines])


def run_cases(bench: Bench, only: Iterable[int] | None = None) -> tuple[list[Row], list[CaseFailure], dict[int, float]]:
    """Run the chosen cases (all by default); returns their rows, the cases that failed, and the
    seconds each case took."""
    from .cases import CASES, load

    chosen = sorted(set(only)) if only else sorted(CASES)
    rows: list[Row] = []
    failures: list[CaseFailure] = []
    took: dict[int, float] = {}
    for number in chosen:
        name = CASES[number]
        bench.log(f"case {number}: {name}{' (quick)' if bench.quick else ''}")
        started = time.monotonic()
        try:
            rows.extend(load(number).run(bench))
        except Exception:
            failures.append(CaseFailure(number, name, traceback.format_exc()))
            bench.log(f"  case {number} failed:\n{failures[-1].error}")
        took[number] = time.monotonic() - started
        bench.log(f"  {took[number]:.1f} s")
    return rows, failures, took
