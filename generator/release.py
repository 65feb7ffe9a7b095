"""Which version a release gets: the API change report decides.

The changes since ``generator/api-baseline.yaml`` (the API as last released) are sorted into
three kinds, and the strongest decides the bump:

- *breaking* (what check-api refuses until acknowledged): ``major`` from 1.0 on; while the version
  is 0.x, ``minor``, as 0.x releases are allowed to break (semantic versioning's rule for 0.y.z);
- an *addition* (an operation, argument, attribute, model or enum value added): ``minor``;
- anything else, or no API change at all (a fix, a documentation change, which the report lists
  apart, a hand-written change): ``patch``.

Hand-written changes are not in the report: a maintainer raises the bump with ``--at-least``
(``make release BUMP=minor``); nothing lowers it. The first release (no version section in
CHANGELOG.md yet) is the version the package carries, as it stands.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .apidiff import Change
from .versioning import BUMPS, bumped, parse_version

__all__ = ["Plan", "kind_of_change", "plan"]

BREAKING, ADDITION, FIX = "breaking", "addition", "fix"


@dataclass(frozen=True)
class Plan:
    """A release's version and why."""

    current: str
    version: str
    bump: str  # patch, minor, major, or "" for the first release
    reason: str


def kind_of_change(change: Change) -> str:
    """breaking, addition or fix: how much ``change`` tells users of the SDK."""
    if change.breaking:
        return BREAKING
    # Change ids begin with what happened: "property-added:...", "enum-value-added:...".
    if change.id.split(":", 1)[0].endswith("-added"):
        return ADDITION
    return FIX


def plan(changes: Iterable[Change], current: str, *, first: bool = False, at_least: str = "patch") -> Plan:
    """The next version after ``current`` for ``changes``; ``first``: nothing released yet."""
    if at_least not in BUMPS:
        raise ValueError(f"--at-least must be one of {', '.join(BUMPS)}, not {at_least!r}")
    major = parse_version(current)[0]
    if first:
        return Plan(current, current, "", "the first release: the version the package carries")
    kinds = [kind_of_change(change) for change in changes]
    counts = {kind: kinds.count(kind) for kind in (BREAKING, ADDITION, FIX)}
    if counts[BREAKING]:
        bump = "major" if major >= 1 else "minor"
        reason = f"{counts[BREAKING]} breaking API change(s)" + (" (0.x: minor)" if major < 1 else "")
    elif counts[ADDITION]:
        bump, reason = "minor", f"{counts[ADDITION]} API addition(s), nothing breaking"
    else:
        bump = "patch"
        reason = f"{counts[FIX]} other API change(s), documentation included" if counts[FIX] else "no API change"
    if BUMPS.index(at_least) > BUMPS.index(bump):
        bump, reason = at_least, f"{reason}; raised to {at_least} by --at-least"
    return Plan(current, bumped(current, bump), bump, reason)
