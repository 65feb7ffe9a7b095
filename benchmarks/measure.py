"""What a worker measures with: a stopwatch (that can also profile its block) and peak memory."""

from __future__ import annotations

import os
import resource
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

__all__ = ["PROFILE_ENV", "Stopwatch", "peak_rss_mb", "stopwatch"]

# Set by the runner when it wants the measured block profiled: the path to write the profile to.
PROFILE_ENV = "BENCHMARKS_PROFILE"


@dataclass
class Stopwatch:
    """Seconds spent in a ``with stopwatch()`` block once it has ended: wall clock, and CPU time
    of this process (less disturbed than wall time by other work on the machine)."""

    seconds: float = 0.0
    cpu_seconds: float = 0.0


@contextmanager
def stopwatch() -> Iterator[Stopwatch]:
    """Time the block; under ``BENCHMARKS_PROFILE`` also profile it with pyinstrument.

    Only the block is profiled, so start-up and warm-up stay out of the profile just as they stay
    out of the time."""
    watch = Stopwatch()
    target = os.environ.get(PROFILE_ENV)
    profiler = None
    if target:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0005)
        profiler.start()
    started, cpu_started = time.perf_counter(), time.process_time()
    try:
        yield watch
    finally:
        watch.seconds = time.perf_counter() - started
        watch.cpu_seconds = time.process_time() - cpu_started
    if profiler is not None and target:
        profiler.stop()
        Path(target).write_text(profiler.output_text(unicode=True, color=False, show_all=False), encoding="utf-8")


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (10^6 bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports kilobytes, macOS bytes.
    return peak / 1e6 if sys.platform == "darwin" else peak * 1024 / 1e6
