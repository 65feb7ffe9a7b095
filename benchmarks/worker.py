"""``python -m benchmarks.worker CASE SDK PARAMS``: one measured run, in a process of its own.

A fresh interpreter per run keeps one SDK's imports, caches and memory out of the other's
numbers, and makes peak RSS a figure of that run alone. The run's measurement is printed as one
JSON object on the last line of stdout, with the process's peak RSS added.
"""

from __future__ import annotations

import importlib
import json
import sys

from .measure import peak_rss_mb

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 3:
        print("usage: python -m benchmarks.worker CASE SDK PARAMS_JSON", file=sys.stderr)
        return 2
    case, sdk, params = args
    module = importlib.import_module(f"benchmarks.cases.{case}")
    sides = module.SIDES
    if sdk not in sides:
        print(f"case {case!r} has no side {sdk!r} (it has {sorted(sides)})", file=sys.stderr)
        return 2
    result = dict(sides[sdk](json.loads(params)))
    result["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
