"""CHANGELOG.md's account of the API: what changed since the last release, for users.

The section between the markers under ``## Unreleased`` is written from the API change report
(changes since ``generator/api-baseline.yaml``, with the maintainer's acknowledgement notes):
``make spec`` and ``make changelog`` rewrite it, ``make check-api`` fails when it is not
current, and ``make accept-api`` files it under the released version.
"""

from __future__ import annotations

import re

from .apidiff import Change

__all__ = ["api_section", "commit_message", "release", "update"]

START = "<!-- api-changes: written by `make changelog` from the API change report; edit around it -->"
END = "<!-- /api-changes -->"
UNRELEASED = "## Unreleased"
TITLE = "# Changelog\n"


def api_section(changes: list[Change], notes: dict[str, str]) -> str:
    """The block for ``changes``: breaking first, each with the public names it touches."""
    lines = [START]
    documentation = [c for c in changes if c.documentation]
    changes = [c for c in changes if not c.documentation]
    for title, group in (
        ("Breaking", [c for c in changes if c.breaking]),
        ("API", [c for c in changes if not c.breaking]),
    ):
        if group:
            lines += ["", f"### {title}", ""]
            for change in group:
                names = ", ".join(f"`{name}`" for name in change.python)
                line = f"- {change.summary}." + (f" ({names})" if names else "")
                if notes.get(change.id):
                    line += f" {notes[change.id]}"
                lines.append(line)
    if documentation:  # one line: the addresses are in API-CHANGES.md, users read the docstrings
        lines += ["", "### Documentation", "", f"- {len(documentation)} descriptions added or reworded (docstrings)."]
    if len(lines) == 1:
        lines += ["", "No API change since the last release."]
    return "\n".join([*lines, "", END])


def update(text: str, section: str) -> str:
    """``text`` (a changelog, maybe empty) with ``section`` as its Unreleased API block."""
    if START in text and END in text:
        return re.sub(re.escape(START) + ".*?" + re.escape(END), lambda _: section, text, count=1, flags=re.S)
    if UNRELEASED not in text:
        body = text.removeprefix(TITLE).lstrip("\n")
        text = f"{TITLE}\n{UNRELEASED}\n" + (f"\n{body}" if body else "")
    head, _, tail = text.partition(UNRELEASED)
    rest = tail.lstrip("\n")
    return f"{head}{UNRELEASED}\n\n{section}\n" + (f"\n{rest}" if rest else "")


def release(text: str, version: str, date: str) -> str:
    """The Unreleased section filed under ``version``; a fresh, empty one above it."""
    if UNRELEASED not in text:
        return text
    text = text.replace(START + "\n\n", "", 1).replace("\n\n" + END, "", 1)  # released: plain text now
    return text.replace(UNRELEASED, f"{UNRELEASED}\n\n{api_section([], {})}\n\n## {version} ({date})", 1)


def commit_message(report: str) -> str:
    """A regeneration's commit message: a subject with the report's counts, then the report."""
    counts = re.search(r"^(\d+) changes, (\d+) breaking\.$", report, flags=re.M)
    summary = f"{counts[1]} API changes, {counts[2]} breaking" if counts else "API change report below"
    body = report.split("\n", 1)[1].lstrip("\n") if report.startswith("# ") else report
    return f"Regenerate from the upstream API description: {summary}\n\n{body}"
