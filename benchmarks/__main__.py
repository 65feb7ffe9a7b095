"""``python -m benchmarks [--quick] [--output BENCHMARKS.md] [--chart benchmarks/ratios.png] [--only N]``"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .cases import CASES
from .report import environment, write_chart, write_markdown
from .runner import Bench, run_cases

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description="Benchmark vectorstores against openai, side by side."
    )
    parser.add_argument("--quick", action="store_true", help="tiny sizes, one run each (what the tests run)")
    parser.add_argument("--output", type=Path, default=Path("BENCHMARKS.md"), help="the report (BENCHMARKS.md)")
    parser.add_argument("--chart", type=Path, default=Path("benchmarks/ratios.png"), help="the PNG of the ratios")
    parser.add_argument(
        "--only", type=int, action="append", choices=sorted(CASES), metavar="N", help="run case N only (repeatable)"
    )
    parser.add_argument("--no-profile", action="store_true", help="do not profile our side of missed targets")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    bench = Bench(quick=args.quick, profile_misses=not args.no_profile)
    before = environment()
    started = time.monotonic()
    rows, failures, _ = run_cases(bench, args.only)
    seconds = time.monotonic() - started
    chart = args.chart if rows else None
    if chart is not None:
        write_chart(chart, rows)
    write_markdown(args.output, rows, failures, chart, before, environment(), seconds, args.quick, bench.runs)
    for row in rows:
        print(f"{row.key:>3} {'met ' if row.met else 'MISS'} {row.ratio:8.3f} ({row.ratio_name}, target {row.target})")
    print(f"{sum(row.met for row in rows)} of {len(rows)} targets met in {seconds:.0f} s; wrote {args.output}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
