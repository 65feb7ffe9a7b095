"""Case 1, cold start: ``import`` + construct the client + touch ``client.vector_stores``.

Each run is a fresh interpreter running only the snippet below, timed from inside: the worker
module is not used here, since everything it imports first (json, importlib, ...) would already
be loaded when the SDK is imported and so hide part of its cost. The interpreter's own start-up,
the same for both, is recorded beside it as process wall time.
"""

from __future__ import annotations

import compileall
import importlib.util
import re
import statistics
import subprocess
import sys
import time

from ..payloads import API_KEY
from ..results import Measurement, Row, paired_ratio
from ..runner import ROOT, Bench, child_env
from .common import Side, vs_openai_row

__all__ = ["SIDES", "SNIPPETS", "run"]

SIDES: dict[str, Side] = {}  # no worker: see the module's docstring

_URL = "http://127.0.0.1:9/v1"  # never contacted: constructing a client sends nothing
_SETUP = {
    "ours": f"from vectorstores import OpenAI\nclient = OpenAI(api_key={API_KEY!r}, base_url={_URL!r})\n"
    "client.vector_stores\n",
    "openai": f"from openai import OpenAI\nclient = OpenAI(api_key={API_KEY!r}, base_url={_URL!r})\n"
    "client.vector_stores\n",
    "httpx2": f"import httpx2\nclient = httpx2.Client(base_url={_URL!r})\n",
}
SNIPPETS = {
    side: "import sys, time\n_started = time.perf_counter()\n"
    + setup
    + "_seconds = time.perf_counter() - _started\n"
    + "import json, resource\n"
    + "print(json.dumps({'seconds': _seconds, 'modules': len(sys.modules),"
    + " 'peak_rss_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6}))\n"
    for side, setup in _SETUP.items()
}
_IMPORT_LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")


def _measure(bench: Bench, side: str) -> Measurement:
    started = time.perf_counter()
    measured = bench.run_child([sys.executable, "-c", SNIPPETS[side]])
    measured["process_seconds"] = time.perf_counter() - started
    return measured


def profile() -> str:
    """Our snippet under ``-X importtime``: the imports that cost the most, cumulative and own.

    Modules the interpreter loaded before the snippet started (site, encodings, ...) are left
    out, as they are out of the measured time."""
    preloaded = "import sys\nprint(' '.join(sys.modules), flush=True)\n"
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", preloaded + SNIPPETS["ours"]],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=child_env(),
        check=True,
    )
    before = set(done.stdout.splitlines()[0].split())
    entries = []
    for line in done.stderr.splitlines():
        match = _IMPORT_LINE.match(line)
        if match and match.group(4) not in before:
            own, cumulative, indent, name = match.groups()
            entries.append((int(own), int(cumulative), len(indent) // 2, name))
    entries = entries[next((i for i, entry in enumerate(entries) if entry[3] == "time"), -1) + 1 :]
    total = sum(own for own, _, _, _ in entries)
    lines = [f"python -X importtime, our snippet: {len(entries)} modules imported, {total / 1000:.1f} ms in all"]
    lines.append("cumulative ms  own ms  depth  module  (the 30 largest by cumulative time)")
    for own, cumulative, depth, name in sorted(entries, key=lambda entry: -entry[1])[:30]:
        lines.append(f"{cumulative / 1000:13.1f}  {own / 1000:6.1f}  {depth:5d}  {'  ' * depth}{name}")
    return "\n".join(lines)


_PACKAGES = ("vectorstores", "vectorstores_raw", "openai", "httpx2")


def compile_bytecode() -> None:
    """Write the bytecode of the four packages the snippets import (their dependencies came from
    pip, compiled), as pip does when it installs a wheel. An editable install never gets it, and
    with PYTHONDONTWRITEBYTECODE set (as on this machine) every fresh interpreter would compile our
    sources again, while openai's, installed by pip, load compiled: that measures the install, not
    the SDK."""
    for package in _PACKAGES:
        spec = importlib.util.find_spec(package)
        for location in (spec.submodule_search_locations or []) if spec else []:
            if not compileall.compile_dir(location, quiet=1):
                raise RuntimeError(f"could not compile the bytecode of {package} in {location}")


def run(bench: Bench) -> list[Row]:
    sides = ("ours", "openai", "httpx2")
    compile_bytecode()
    results: dict[str, list[Measurement]] = {side: [] for side in sides}
    for side in bench.schedule(sides, bench.reps(16)):
        results[side].append(_measure(bench, side))

    def median(side: str, metric: str) -> float:
        return float(statistics.median(run[metric] for run in results[side]))

    row = vs_openai_row(
        1,
        "1",
        "Cold start: import, construct the client, touch client.vector_stores",
        "ms",
        median("ours", "seconds") * 1000,
        median("openai", "seconds") * 1000,
        median("httpx2", "seconds") * 1000,
        0.30,
        ratio=paired_ratio(results, "ours", "openai"),
        short="cold start",
    )
    row.notes.append(
        f"median of {len(results['ours'])} fresh interpreters each, bytecode compiled beforehand as pip does "
        f"for both; raw httpx2 = `import httpx2` + `httpx2.Client()`; "
        f"modules loaded: ours {median('ours', 'modules'):.0f}, openai {median('openai', 'modules'):.0f}, "
        f"httpx2 {median('httpx2', 'modules'):.0f}; whole process (interpreter start-up included): "
        f"ours {median('ours', 'process_seconds') * 1000:.0f} ms, "
        f"openai {median('openai', 'process_seconds') * 1000:.0f} ms"
    )
    bench.attach_profiles([row], profile)
    return [row]
