"""The change an update proposes: ``status``, ``title.txt`` and ``body.md`` for a workflow to open.

The body is what a reviewer reads first: the counts, every stage's result, the change report
(API-CHANGES.md), the recordings the change makes stale and the fast tests' result.
"""

from __future__ import annotations

import re
from pathlib import Path

from .update import Stage, Status, Update, write_atomic

__all__ = ["BODY_LIMIT", "body", "stale_recordings", "summary", "title", "write_proposal"]

# `python -m vectorstores.testing check` (make check-cassettes) prints per-cassette counts, then one
# line per violation, "<cassette> #<n> <operation> <where>: <expected>", then a total.
VIOLATION = re.compile(r"^\S+ #\d+ ")
NOT_READ = ": not read: "
STALE_SHOWN = 200
# GitHub refuses a pull request body over 65,536 characters; the report is cut to stay under.
BODY_LIMIT = 60_000


def _versions(update: Update) -> str:
    if update.old_version == update.new_version:
        return f"upstream {update.new_version}"
    return f"upstream {update.old_version} -> {update.new_version}"


def stale_recordings(stage: Stage | None) -> list[str] | None:
    """The checker's violation lines; None when it gave no answer (not run, or its own error)."""
    if stage is None or stage.missing:
        return None
    if stage.ok:
        return []
    found = [line for line in stage.lines(stage.out) if VIOLATION.match(line) or NOT_READ in line]
    return found or None  # a failure that names no recording is the checker's own error


def _cassettes_named(found: list[str]) -> set[str]:
    return {line.split(" ", 1)[0].removesuffix(":") for line in found}


def _stale_count(found: list[str]) -> str:
    return f"{_count(len(found), 'violation')} in {_count(len(_cassettes_named(found)), 'recording')}"


def _cassettes(stage: Stage | None) -> str:
    found = stale_recordings(stage)
    if stage is None:
        return "skipped"
    if stage.missing:
        return "not run: this Makefile has no check-cassettes target"
    if found is None:
        return f"error (exit {stage.code}): {(stage.lines(stage.err) or ['no output'])[-1]}"
    return f"stale: {_stale_count(found)}" if found else "none stale"


def _tests(stage: Stage | None) -> str:
    if stage is None:
        return "skipped"
    last = (stage.lines(stage.out) or stage.lines(stage.err) or ["no output"])[-1]
    return f"{'passed' if stage.ok else 'FAILED'}: {last.strip('= ')}"


def _result(stage: Stage) -> str:
    if stage.ok:
        return "ok"
    if stage.name == "check-api":
        return "refused: unacknowledged breaking changes"
    if stage.name == "check-cassettes":
        return _cassettes(stage)
    return f"failed (exit {stage.code})"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def title(update: Update) -> str:
    """One line: the pull request's title and the commit's subject."""
    if update.status is Status.FAILED:
        return f"API update failed: {update.error}"[:250]
    if update.status is Status.UNCHANGED:
        return f"No API change ({_versions(update)})"
    if _documentation_only(update):
        described = _count(update.documentation, "description")
        return f"API update from {_versions(update)}: documentation only ({described})" + _title_tail(update)
    text = (
        f"API update from {_versions(update)}: {_count(update.changes, 'change')}, {update.breaking or 'none'} breaking"
    )
    if update.status is Status.BREAKING:
        text += " (acknowledgement needed)"
    return text + _title_tail(update)


def _documentation(update: Update) -> str:
    if _documentation_only(update):
        return f"documentation only: {_count(update.documentation, 'description')} changed, no code change"
    return f"{_count(update.documentation, 'description')} changed"


def _documentation_only(update: Update) -> bool:
    """Only descriptions changed: the docstrings move, the code does not."""
    return update.status is Status.SAFE and update.changes == 0 and update.documentation > 0


def _title_tail(update: Update) -> str:
    text = ""
    stale = stale_recordings(update.stage("check-cassettes"))
    if stale:
        text += f", {_count(len(_cassettes_named(stale)), 'stale recording')}"
    tests = update.stage("tests")
    if tests is not None and not tests.ok:
        text += ", fast tests failing"
    return text


def summary(update: Update) -> str:
    """The run's last line: its status and what the proposal says."""
    if update.status is Status.FAILED:
        return f"update-spec: failed: {update.error}"
    if update.status is Status.UNCHANGED:
        return f"update-spec: nothing changed ({_versions(update)})"
    if _documentation_only(update):
        what = f"documentation only ({_count(update.documentation, 'description')} changed)"
    else:
        what = f"{_count(update.changes, 'API change')} ({update.breaking} breaking)"
        if update.documentation:
            what += f", {_count(update.documentation, 'documentation change')}"
    return (
        f"update-spec: {update.status.phrase}: {what}; "
        f"cassettes: {_cassettes(update.stage('check-cassettes'))}; tests: {_tests(update.stage('tests'))}"
    )


def _block(lines: list[str]) -> str:
    return "```\n" + "\n".join(lines) + "\n```\n"


def body(update: Update) -> str:
    """The pull request's description, in Markdown."""
    digest = update.digest[:12] or "?"
    table = f"| | |\n|---|---|\n| upstream | {update.source} ({_versions(update)}, sha256 `{digest}`) |\n"
    if update.status in (Status.SAFE, Status.BREAKING):
        table += (
            f"| API changes | {update.changes}, {update.breaking} breaking, {update.stale_patches} stale patches |\n"
            f"| documentation | {_documentation(update)} |\n"
            f"| stale recordings | {_cassettes(update.stage('check-cassettes'))} |\n"
            f"| fast tests | {_tests(update.stage('tests'))} |\n"
        )
    parts = [f"Opened by `make update-spec` (CONTRIBUTING.md, *The update bot*): **{update.status.phrase}**.\n", table]
    if update.error:
        parts.append(f"## Error\n\n{update.error}\n")
    if update.stages:
        rows = "".join(f"| {stage.name} | {_result(stage)} | {stage.seconds:.1f} s |\n" for stage in update.stages)
        parts.append(f"## Stages\n\n| stage | result | time |\n|---|---|---|\n{rows}")
    api = update.stage("check-api")
    if update.status is Status.BREAKING and api is not None:
        refused = [line.strip() for line in api.lines(api.err) if line.startswith("  ")]
        parts.append(
            "## Breaking changes to acknowledge\n\nAdd each id with a release note to "
            "`generator/api-acknowledged.yaml`, then `make changelog` (or keep the old behaviour with a "
            f"patch or an overlay):\n\n{_block(refused)}"
        )
    cassettes = update.stage("check-cassettes")
    stale = stale_recordings(cassettes)
    if stale and cassettes is not None:
        total = cassettes.lines(cassettes.out)[-1]
        if len(stale) > STALE_SHOWN:  # a retyped field can touch every interaction; the log has all
            stale = [*stale[:STALE_SHOWN], f"... {len(stale) - STALE_SHOWN} more: make check-cassettes"]
        stale.append(total)
        parts.append(
            "## Stale recordings\n\nDelete these cassettes and re-record them (`make record`), then read "
            f"`make cassette-diff`:\n\n{_block(stale)}"
        )
    tests = update.stage("tests")
    if tests is not None and not tests.ok:
        failed = [line for line in tests.lines(tests.out) if line.startswith(("FAILED", "ERROR"))]
        parts.append(f"## Failing tests\n\n{_block(failed or tests.lines(tests.out)[-20:])}")
    text = "\n".join(parts)
    if update.report:
        # The report's own title would repeat the section's.
        report = "\n".join(line for i, line in enumerate(update.report.splitlines()) if i or not line.startswith("# "))
        room = BODY_LIMIT - len(text) - 200
        if len(report) > room:
            report = report[:room] + "\n\n(cut here: the whole report is API-CHANGES.md in this change)"
        text += f"\n## API-CHANGES.md\n\n{report.strip()}\n"
    return text


def write_proposal(update: Update, work: Path) -> str:
    """Write the proposal files into ``work``; return the summary line."""
    # Title and body first, status last: a reader that waits for the status sees the matching files.
    write_atomic(work / "title.txt", title(update) + "\n")
    write_atomic(work / "body.md", body(update))
    write_atomic(work / "status", update.status.value + "\n")
    return summary(update)
