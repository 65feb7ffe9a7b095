"""``BENCHMARKS.md`` and the chart of the ratios."""

from __future__ import annotations

import datetime
import math
import os
import platform
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from .analysis import EXPLANATIONS
from .results import Row
from .runner import ROOT, CaseFailure

__all__ = ["Environment", "environment", "write_chart", "write_markdown"]


@dataclass(frozen=True)
class Environment:
    """Where and with what a run happened."""

    date: str
    machine: str
    cpus: int
    memory_gb: float
    load: str
    python: str
    packages: dict[str, str]
    source: str


def _memory_gb() -> float:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1e9
    except (ValueError, OSError, AttributeError):
        return float("nan")


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def _source() -> str:
    """The commit measured, and whether the work tree differed from it (uncommitted changes)."""
    git = shutil.which("git")
    if git is None:
        return "unknown (git not found)"
    try:
        commit = subprocess.run(
            [git, "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT, check=True
        ).stdout.strip()
        changed = subprocess.run(
            [git, "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=True,
        ).stdout.splitlines()
    except (OSError, subprocess.CalledProcessError):
        return "unknown (not a git work tree)"
    return f"commit {commit}" + (f", plus uncommitted changes to {len(changed)} tracked files" if changed else "")


def environment() -> Environment:
    """The machine, Python and package versions, now."""
    try:
        load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        load = "unknown"
    processor = platform.processor() or platform.machine()
    return Environment(
        date=datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        machine=f"{platform.system()} {platform.release()} ({processor})",
        cpus=os.cpu_count() or 0,
        memory_gb=_memory_gb(),
        load=load,
        python=f"{platform.python_implementation()} {platform.python_version()} ({sys.executable})",
        packages={name: _version(name) for name in ("vectorstores-openai", "openai", "httpx2", "pydantic", "attrs")},
        source=_source(),
    )


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if not math.isfinite(value):
        return str(value)
    digits = 0 if abs(value) >= 100 else 1 if abs(value) >= 10 else 2
    return f"{value:,.{digits}f} {unit}"


def _ratio(value: float) -> str:
    return f"{value:.3f}" if math.isfinite(value) else str(value)


def write_markdown(
    path: Path,
    rows: Sequence[Row],
    failures: Sequence[CaseFailure],
    chart: Path | None,
    before: Environment,
    after: Environment,
    seconds: float,
    quick: bool,
    runs: int,
) -> None:
    """Write the report: the environment, the table, the notes, and the analysis of every miss."""
    met = sum(row.met for row in rows)
    lines = [
        "# Benchmarks: vectorstores against the official openai package",
        "",
        "Written by `make bench` (`python -m benchmarks`); every number below comes from the run described here."
        + (" **Quick mode: tiny sizes, one run each; the numbers say nothing about speed.**" if quick else ""),
        "",
        "## The run",
        "",
        f"- Date: {before.date}; took {seconds / 60:.1f} min, {runs} measured child processes",
        f"- Machine: {before.machine}, {before.cpus} CPUs, {before.memory_gb:.1f} GB RAM; "
        f"load average (1, 5, 15 min) {before.load} at the start, {after.load} at the end",
        f"- Python: {before.python}",
        "- Packages: " + ", ".join(f"{name} {version}" for name, version in before.packages.items()),
        f"- Source measured: {before.source}",
        "- Method: each measured run is a fresh `python -m benchmarks.worker` process running one SDK only; the SDKs "
        "alternate (ours, openai, httpx2, then the reverse) and each figure is the median over the runs; a ratio "
        "between sides is the median of that ratio taken within each repetition, whose runs are adjacent in time, "
        "so that load changing on the machine between repetitions does not tilt it. Servers run "
        "in processes of their own: a canned-bytes HTTP/1.1 server (`benchmarks/server.py`) for cases 2-5 and 7, the "
        "emulator for cases 6 and 8. Clients are built with the API key and base URL only, every other option at "
        "each SDK's default.",
        "",
        "## Results",
        "",
        f"{met} of {len(rows)} targets met." + (f" {len(failures)} case(s) failed to run." if failures else ""),
        "",
        "| case | ours | openai | raw httpx2 | ratio | target | met |",
        "| --- | ---: | ---: | ---: | --- | --- | :---: |",
    ]
    for row in rows:
        lines.append(
            f"| {row.key}. {row.title} | {_number(row.ours, row.unit)} | {_number(row.openai, row.unit)} "
            f"| {_number(row.raw, row.unit)} | {_ratio(row.ratio)} ({row.ratio_name}) | {row.target} "
            f"| {'yes' if row.met else '**no**'} |"
        )
    if chart is not None:
        relative = os.path.relpath(chart.resolve(), path.resolve().parent)
        lines += ["", f"![ours / openai for every row, with the target on the same scale]({relative})"]
    lines += ["", "### Notes", ""]
    for row in rows:
        for note in row.notes:
            lines.append(f"- {row.key}: {note}")
    missed = [row for row in rows if not row.met]
    if missed:
        lines += ["", "## Missed targets: what bounds the gap", ""]
        explained: set[str] = set()
        profiled: dict[str, str] = {}  # profile text -> the row it was shown under
        for row in missed:
            lines += [f"### {row.key}. {row.title}", ""]
            lines.append(
                f"Ours {_number(row.ours, row.unit)}, openai {_number(row.openai, row.unit)}; "
                f"{row.ratio_name} = {_ratio(row.ratio)}, target {row.target}."
            )
            lines.append("")
            explanation = EXPLANATIONS.get(row.key) or EXPLANATIONS.get(str(row.case))
            if explanation and explanation not in explained:
                lines += [explanation.strip(), ""]
                explained.add(explanation)
            elif explanation:
                lines += ["See the explanation above.", ""]
            if row.profile and row.profile in profiled:
                lines += [f"Profile: the same run as under {profiled[row.profile]}.", ""]
            elif row.profile:
                profiled[row.profile] = row.key
                lines += ["Profile of our side (top):", "", "```text", row.profile, "```", ""]
    if failures:
        lines += ["", "## Cases that failed", ""]
        for failure in failures:
            lines += [f"### Case {failure.case} ({failure.name})", "", "```text", failure.error.strip(), "```", ""]
    path.write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")


def write_chart(path: Path, rows: Sequence[Row]) -> None:
    """One PNG: ours / openai per row as a bar, the target on that scale as a tick."""
    import matplotlib

    matplotlib.use("Agg")  # no display: the chart goes to a file
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FixedLocator, NullLocator

    shown = [row for row in rows if row.openai > 0 and math.isfinite(row.vs_openai)]
    labels = [row.label for row in shown]
    values = [row.vs_openai for row in shown]
    targets = [row.ours_limit / row.openai for row in shown]
    colours = ["#2e7d32" if row.met else "#c62828" for row in shown]
    height = 1.2 + 0.45 * len(shown)
    figure, axes = plt.subplots(figsize=(10, height))
    positions = list(range(len(shown)))[::-1]
    axes.barh(positions, values, color=colours, height=0.6)
    for position, target, row in zip(positions, targets, shown, strict=True):
        axes.plot([target, target], [position - 0.4, position + 0.4], color="black", linewidth=2)
        marker = "≥" if row.higher_is_better else "≤"
        axes.annotate(f"{marker}{target:.2f}", (target, position + 0.32), fontsize=7, ha="left")
    for position, value in zip(positions, values, strict=True):
        axes.annotate(
            f"{value:.2f}", (value, position), fontsize=8, va="center", xytext=(3, -8), textcoords="offset points"
        )
    axes.axvline(1.0, color="grey", linestyle="--", linewidth=1)
    axes.set_xscale("log")
    low = min([*values, *targets, 1.0]) * 0.8
    high = max([*values, *targets, 1.0]) * 1.25
    axes.set_xlim(low, high)
    ticks = [tick for tick in (0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1, 1.5, 2, 3, 5, 10) if low <= tick <= high]
    axes.xaxis.set_major_locator(FixedLocator(ticks))
    axes.xaxis.set_minor_locator(NullLocator())
    axes.set_xticklabels([f"{tick:g}" for tick in ticks])
    axes.set_yticks(positions)
    axes.set_yticklabels(labels, fontsize=8)
    axes.set_xlabel("ours / openai (log scale; left of 1 is better, except throughput 5b); black tick: target")
    axes.set_title("vectorstores vs openai 3.51.0 (green: target met, red: missed)")
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=110)
    plt.close(figure)
