"""Run several make targets to the end, even past a failing one, and summarise them.

``make test`` would stop at the first failing prerequisite, so a lint error would hide a failing
test; this runs every stage and exits non-zero if any failed. Usage:
``python tools/stages.py MAKE TARGET...`` (MAKE is the make program, passed in by the Makefile).
"""

from __future__ import annotations

import subprocess
import sys
import time


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    make, *stages = argv
    results: list[tuple[str, int, float]] = []
    for stage in stages:
        print(f"==> make {stage}", flush=True)
        started = time.monotonic()
        code = subprocess.call([make, "--no-print-directory", stage])
        results.append((stage, code, time.monotonic() - started))
    width = max(len(stage) for stage in stages)
    print("\n==> summary")
    for stage, code, seconds in results:
        print(f"  {stage:<{width}}  {'ok' if code == 0 else f'FAILED ({code})':<11} {seconds:6.1f} s")
    failed = [stage for stage, code, _ in results if code != 0]
    if failed:
        print(f"{len(failed)} of {len(stages)} stages failed: {', '.join(failed)}")
        return 1
    print(f"all {len(stages)} stages passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
