"""The end of ``upload``: what was completed, what failed and why, what was skipped, and after
Ctrl-C what was kept and what was removed again."""

from __future__ import annotations

from typing import Any

from rich.markup import escape

from .ingest import Collected, Outcome
from .output import Output, human_bytes, plural, store_label

__all__ = ["print_summary", "summary_json"]

MAX_LISTED = 20  # failures listed one by one; beyond that, a count


def _interruption(outcome: Outcome) -> list[str]:
    """What Ctrl-C stopped, and what it left in place."""
    lines = []
    store = store_label(outcome.store)
    if outcome.interrupted == "processing":
        lines.append(
            f"Interrupted while the server was processing. Kept: {plural(len(outcome.attached), 'file')} attached to "
            f"{store}; the server finishes processing them ('vectorstores files {outcome.store.id}' shows how far)."
        )
        return lines
    uploaded = len(outcome.file_ids)
    stopped = len(outcome.sources) - uploaded - len(outcome.failed) - outcome.not_started
    parts = [f"{uploaded} of {plural(len(outcome.sources), 'file')} uploaded"]
    parts += [f"{len(outcome.failed)} failed"] if outcome.failed else []
    parts += [f"{stopped} stopped midway"] if stopped else []
    parts += [f"{outcome.not_started} not started"] if outcome.not_started else []
    phase = "uploading" if outcome.interrupted == "upload" else "attaching"
    lines.append(f"Interrupted while {phase} ({', '.join(parts)}).")
    if outcome.deleted:
        lines.append(f"Deleted {plural(len(outcome.deleted), 'uploaded file')} again: they were not attached yet.")
    if outcome.not_deleted:
        lines.append(
            f"Could not delete {plural(len(outcome.not_deleted), 'uploaded file')}: {', '.join(outcome.not_deleted)} "
            "(remove them with 'vectorstores rm FILE')."
        )
    if outcome.attached:
        lines.append(f"Kept: {plural(len(outcome.attached), 'file')} attached to {store} before the interruption.")
    elif outcome.removed_store:
        lines.append(f"Kept: nothing; the vector store {store}, created by this run, was removed again.")
    else:
        lines.append(f"Kept: nothing was added to {store}.")
    return lines


def print_summary(output: Output, outcome: Outcome, collected: Collected) -> None:
    """The summary as text on stdout."""
    if outcome.interrupted:
        for line in _interruption(outcome):
            output.out.print(escape(line))
        return
    output.out.print(
        escape(
            f"Uploaded {len(outcome.file_ids)} of {plural(len(outcome.sources), 'file')} "
            f"({human_bytes(outcome.uploaded_bytes)}) to {store_label(outcome.store)} in {outcome.seconds:.1f} s"
        )
    )
    width = len(str(len(outcome.sources) + len(collected.skipped)))
    output.out.print(f"  [green]completed[/]  {len(outcome.completed):>{width}}")
    output.out.print(f"  [{'red' if outcome.failed else 'default'}]failed[/]     {len(outcome.failed):>{width}}")
    for index, reason in sorted(outcome.failed.items())[:MAX_LISTED]:
        output.out.print(escape(f"    {outcome.sources[index].display}: {reason}"))
    if len(outcome.failed) > MAX_LISTED:
        output.out.print(f"    ... and {len(outcome.failed) - MAX_LISTED} more (--json lists them all)")
    skipped = f" ({collected.skipped_extensions()})" if collected.skipped else ""
    output.out.print(escape(f"  skipped    {len(collected.skipped):>{width}}{skipped}"), style="dim")


def summary_json(outcome: Outcome, collected: Collected) -> dict[str, Any]:
    """The summary as one JSON object, for scripts."""
    return {
        "vector_store": {"id": outcome.store.id, "name": outcome.store.name, "created": outcome.created_store},
        "completed": [
            {"path": outcome.sources[index].display, "file_id": outcome.file_ids[index]} for index in outcome.completed
        ],
        "failed": [
            {"path": outcome.sources[index].display, "file_id": outcome.file_ids.get(index), "reason": reason}
            for index, reason in sorted(outcome.failed.items())
        ],
        "skipped": [str(path) for path in collected.skipped],
        "interrupted": outcome.interrupted,
        "deleted_file_ids": sorted(outcome.deleted),
        "undeleted_file_ids": sorted(outcome.not_deleted),
        "removed_store": outcome.removed_store,
        "seconds": round(outcome.seconds, 3),
    }
