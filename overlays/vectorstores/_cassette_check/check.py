"""Checking whole recordings: every exchange of every file named, with what each exercised."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .document import Document
from .recordings import Exchange, RecordingError, read_recording, recording_files
from .validate import Match, Violation, check_exchange

__all__ = ["Checked", "Report", "check_paths"]


@dataclass(frozen=True)
class Checked:
    """One exchange, the operation it matched and what was wrong with it."""

    cassette: str
    exchange: Exchange
    match: Match
    violations: tuple[Violation, ...]


@dataclass
class Report:
    """What a run found: per file the exchanges checked, and files that could not be read."""

    checked: list[Checked] = field(default_factory=list)
    unreadable: dict[str, str] = field(default_factory=dict)
    files: dict[str, int] = field(default_factory=dict)  # cassette -> exchanges in it

    @property
    def violations(self) -> list[Violation]:
        return [violation for each in self.checked for violation in each.violations]

    @property
    def outside(self) -> int:
        """Exchanges with APIs the document does not describe (skipped)."""
        return sum(1 for each in self.checked if each.match.outside)

    @property
    def failed(self) -> bool:
        return bool(self.violations or self.unreadable)


def _name(path: Path, roots: list[Path]) -> str:
    for root in roots:
        if root.is_dir() and path.is_relative_to(root):
            return str(path.relative_to(root.parent))
    return str(path)


def check_paths(paths: Iterable[str | Path], document: Document) -> Report:
    """Read and check every recording at ``paths`` (files, or folders searched for them)."""
    roots = [Path(p) for p in paths]
    report = Report()
    for path in recording_files(roots):
        cassette = _name(path, roots)
        try:
            recording = read_recording(path)
        except RecordingError as problem:
            report.unreadable[cassette] = str(problem)
            continue
        report.files[cassette] = len(recording.exchanges)
        for exchange in recording.exchanges:
            match, violations = check_exchange(document, cassette, exchange)
            report.checked.append(Checked(cassette, exchange, match, tuple(violations)))
    return report
