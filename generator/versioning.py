"""The package's version: where it lives, how it moves, and what the changelog says of it.

One home: ``overlays/vectorstores/_version.py``. pyproject.toml reads it (setuptools' ``attr:``,
parsed, not imported), so ``vectorstores.__version__`` and the wheel's metadata cannot differ;
``make release`` rewrites it, and CHANGELOG.md's newest version section names it. Versions are
plain ``MAJOR.MINOR.PATCH``; the tag of a release is that with a ``v`` before it.
"""

from __future__ import annotations

import re
from pathlib import Path

__all__ = [
    "BUMPS",
    "VERSION_FILE",
    "bumped",
    "changelog_section",
    "parse_version",
    "read_version",
    "released_versions",
    "version_of_tag",
    "write_version",
]

VERSION_FILE = Path("overlays") / "vectorstores" / "_version.py"
BUMPS = ("patch", "minor", "major")  # in increasing order of what they tell users

_VERSION = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")
_ASSIGNMENT = re.compile(r'^__version__ = "([^"\n]*)"$', re.M)
# What changelog.release writes: "## 0.2.0 (2026-12-07)".
_HEADING = re.compile(r"^## (\S+) \((\d{4}-\d{2}-\d{2})\)$", re.M)


def parse_version(text: str) -> tuple[int, int, int]:
    """``(major, minor, patch)`` of ``text``; a ValueError naming the rule otherwise."""
    match = _VERSION.fullmatch(text)
    if match is None:
        raise ValueError(f"version {text!r} is not MAJOR.MINOR.PATCH (three numbers, no leading zeros)")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def read_version(root: Path) -> str:
    """The version ``root``'s package carries."""
    path = root / VERSION_FILE
    found = _ASSIGNMENT.findall(path.read_text(encoding="utf-8"))
    if len(found) != 1:
        raise ValueError(f'{VERSION_FILE}: expected one line `__version__ = "X.Y.Z"`, found {len(found)}')
    parse_version(found[0])
    return str(found[0])


def write_version(root: Path, version: str) -> None:
    parse_version(version)
    path = root / VERSION_FILE
    text = path.read_text(encoding="utf-8")
    path.write_text(_ASSIGNMENT.sub(f'__version__ = "{version}"', text, count=1), encoding="utf-8")


def bumped(version: str, bump: str) -> str:
    """``version`` moved by ``bump`` (patch, minor or major)."""
    major, minor, patch = parse_version(version)
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    if bump == "patch":
        return f"{major}.{minor}.{patch + 1}"
    raise ValueError(f"bump must be one of {', '.join(BUMPS)}, not {bump!r}")


def released_versions(changelog: str) -> list[str]:
    """The versions CHANGELOG.md has sections for, newest (topmost) first."""
    return [match[1] for match in _HEADING.finditer(changelog)]


def changelog_section(changelog: str, version: str) -> str:
    """The body of ``version``'s section (the release notes), without its heading."""
    headings = list(_HEADING.finditer(changelog))
    for index, match in enumerate(headings):
        if match[1] == version:
            end = headings[index + 1].start() if index + 1 < len(headings) else len(changelog)
            return changelog[match.end() : end].strip("\n") + "\n"
    raise ValueError(f"CHANGELOG.md has no section for {version} (`make release` writes it)")


def version_of_tag(tag: str) -> str:
    """The version a release tag names: ``v1.2.3`` (or ``refs/tags/v1.2.3``) -> ``1.2.3``."""
    name = tag.removeprefix("refs/tags/")
    if not name.startswith("v"):
        raise ValueError(f"release tag {tag!r} must be v followed by the version, as in v1.2.3")
    parse_version(name[1:])
    return name[1:]
