"""``sync``: the plan, bars while it works, the summary, and the clean-up after Ctrl-C. The work
itself is ``client.vector_stores.sync``."""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

from vectorstores import NotFoundError, OpenAI
from vectorstores.lib.sync import SyncReport
from vectorstores.types import VectorStore

from .output import Output, plural, store_label
from .progress import LiveProgress

__all__ = ["SyncBars", "clean_up", "plan_line", "print_report", "report_json"]

MAX_LISTED = 20  # paths listed one by one; beyond that, a count
_LABELS = {"upload": "Uploading", "process": "Processing", "remove": "Removing"}
_ACTIONS = ("added", "updated", "deleted", "unchanged")


class SyncBars(LiveProgress):
    """A bar per phase of the sync, on stderr, added as each phase starts (sync's ``on_progress``)."""

    def __init__(self, console: Console) -> None:
        self.progress = Progress(
            TextColumn("{task.description:<10}"),
            BarColumn(bar_width=30),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
        )
        self.tasks: dict[str, TaskID] = {}

    def __call__(self, phase: str, done: int, total: int) -> None:
        if phase not in self.tasks:
            self.tasks[phase] = self.progress.add_task(_LABELS.get(phase, phase), total=total)
        self.progress.update(self.tasks[phase], completed=done)


def plan_line(plan: SyncReport) -> str:
    """``3 to add, 1 to update, 0 to delete, 40 unchanged (2 skipped)``."""
    counts = (len(plan.added), len(plan.updated), len(plan.deleted), len(plan.unchanged))
    line = "{} to add, {} to update, {} to delete, {} unchanged".format(*counts)
    return line + (f" ({len(plan.skipped)} skipped)" if plan.skipped else "")


def _listed(output: Output, title: str, paths: list[str], style: str = "default") -> None:
    output.out.print(f"  [{style}]{title:<10}[/] {len(paths)}")
    for path in sorted(paths)[:MAX_LISTED]:
        output.out.print(escape(f"    {path}"))
    if len(paths) > MAX_LISTED:
        output.out.print(f"    ... and {len(paths) - MAX_LISTED} more (--json lists them all)")


def print_report(output: Output, report: SyncReport, store: VectorStore, seconds: float | None) -> None:
    """The plan (dry run) or what was done, with each failure and its reason."""
    head = "Would sync" if report.dry_run else f"Synced in {seconds or 0:.1f} s"
    output.out.print(escape(f"{head}: {store_label(store)}"))
    for title in _ACTIONS:
        _listed(output, title, getattr(report, title), "green" if title != "unchanged" else "dim")
    output.out.print(f"  [{'red' if report.failed else 'default'}]failed[/]     {len(report.failed)}")
    for path, reason in list(report.failed.items())[:MAX_LISTED]:
        output.out.print(escape(f"    {path}: {reason}"))
    output.out.print(f"  [dim]skipped    {len(report.skipped)}[/]")
    if report.orphans:
        what = "would delete" if report.dry_run else "deleted"
        output.out.print(escape(f"  {what} {plural(len(report.orphans), 'upload')} an interrupted sync left"))


def report_json(report: SyncReport, store: VectorStore, created: bool) -> dict[str, Any]:
    return {
        "vector_store": {"id": store.id, "name": store.name, "created": created},
        "dry_run": report.dry_run,
        **{title: getattr(report, title) for title in _ACTIONS},
        "failed": [{"path": path, "reason": reason} for path, reason in report.failed.items()],
        "skipped": [{"path": path, "reason": reason} for path, reason in report.skipped.items()],
        "orphans": report.orphans,
    }


def clean_up(client: OpenAI, store_id: str, folder: Path) -> int:
    """After Ctrl-C: delete what the sync uploaded but had not attached yet (as the next sync
    would); what is attached stays and the next sync finishes it. Returns how many went."""
    leftovers = client.vector_stores.sync(store_id, folder, dry_run=True).orphans
    for file_id in leftovers:
        with suppress(NotFoundError):  # gone already: what we wanted
            client.files.delete(file_id)
    return len(leftovers)
