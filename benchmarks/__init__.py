"""Side-by-side benchmarks of this SDK and the official ``openai`` package.

``python -m benchmarks`` (or ``make bench``) runs every case in ``benchmarks/cases`` for both
SDKs, alternately, each measured call in a child process of its own, against servers in other
processes; it writes ``BENCHMARKS.md`` and a chart of the ratios. ``--quick`` runs each case once
with tiny sizes, which is what the test suite does to keep the benchmarks working.
"""
