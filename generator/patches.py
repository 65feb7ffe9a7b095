"""Declarative patches of the sliced document (see ``generator/patches.yaml``).

Each patch is ``{op, path, reason, expect?, value?, why}``: ``op`` is ``add``, ``replace`` or
``remove``; ``path`` an RFC 6901 pointer in which a list element is picked by a selector
(``/parameters/[name=limit]``), never by position, so an upstream reordering cannot move a patch
onto the wrong element; ``reason`` the kind of cause (:data:`REASONS`); ``expect`` what upstream
holds at the target today (a partial match: every key given must be there with that value).

Upstream moves on, so a patch can stop being needed. One whose target is gone, whose target
already holds what it wants, or whose target no longer matches ``expect`` is *stale*: it is left
out and reported, and the run goes on. Only a malformed patch or an ambiguous selector is an
error, and all of a run's errors are raised together.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

__all__ = ["REASONS", "Patch", "PatchError", "PatchReport", "apply_patches", "load_patches", "patch_document"]

OPS = ("add", "replace", "remove")
REASONS = {
    "generator": "openapi-python-client cannot render what the document says",
    "real-api": "the real API differs from its document (../shared/real-traffic/README.md)",
    "prose": "a limit the document states only in prose",
    "surface": "the shape of the public interface (one type where the document repeats one)",
}
_SELECTOR = re.compile(r"^\[([^=\]]+)=([^\]]*)\]$")


class PatchError(ValueError):
    """Patches are malformed or cannot be applied unambiguously (all problems in one message)."""


@dataclass(frozen=True)
class Patch:
    """One edit of the document, with the reason it exists and what it expects to find."""

    op: str
    path: str
    why: str
    value: Any = None
    reason: str = "generator"
    expect: Any = None
    difference: int | None = None  # the item of real-traffic/README.md's list, for "real-api"
    evidence: str = ""  # where else the difference was seen, for "real-api"

    def describe(self) -> str:
        return f"{self.op} {self.path} ({self.reason})"


@dataclass
class PatchReport:
    """What a run did with each patch."""

    applied: list[Patch] = field(default_factory=list)
    stale: list[tuple[Patch, str]] = field(default_factory=list)

    def lines(self) -> list[str]:
        """One line per stale patch, for the run's report."""
        return [f"stale patch: {patch.describe()}: {why}" for patch, why in self.stale]


class _Gone(Exception):
    """The target (or its parent) is not in the document."""


def _tokens(pointer: str) -> list[str]:
    if not pointer.startswith("/"):
        raise PatchError(f"pointer must start with '/': {pointer!r}")
    return [part.replace("~1", "/").replace("~0", "~") for part in pointer[1:].split("/")]


def _check_pointer(pointer: str) -> list[str]:
    # A position in a list ("0") cannot be told from a numeric key ("200") without the document,
    # so that is refused when the patch is applied; a malformed selector is caught here.
    return [
        f"bad selector {token!r} in {pointer}; write [key=value]"
        for token in _tokens(pointer)
        if token.startswith("[") and not _SELECTOR.match(token)
    ]


def _select(items: list[Any], token: str, pointer: str) -> int:
    match = _SELECTOR.match(token)
    if match is None:
        raise PatchError(f"{pointer}: {token!r} addresses a list element by position; select it with [key=value]")
    key, wanted = match.groups()
    found = [i for i, item in enumerate(items) if isinstance(item, dict) and str(item.get(key)) == wanted]
    if not found:
        raise _Gone(f"no element with {key}={wanted!r}")
    if len(found) > 1:
        raise PatchError(f"{pointer}: {token} matches {len(found)} elements")
    return found[0]


def _child(node: Any, token: str, pointer: str) -> tuple[Any, Any]:
    """(the key or index of ``token`` in ``node``, the child) or :class:`_Gone`."""
    if isinstance(node, dict):
        if token not in node:
            raise _Gone(f"no key {token!r}")
        return token, node[token]
    if isinstance(node, list):
        index = _select(node, token, pointer)
        return index, node[index]
    raise _Gone(f"a {type(node).__name__} where {token!r} was looked for")


# What the document says about a node rather than what it is: a patch fixes structure, so these
# neither make it stale when upstream rewords them nor are lost when it replaces the node.
PROSE = ("description", "summary", "deprecated")
# Mappings whose keys are names (a property called "description" is structure).
_NAMED = frozenset({"properties", "patternProperties", "schemas", "responses", "parameters"})


def _structure(node: Any, names_level: bool = False) -> Any:
    """``node`` without its prose (:data:`PROSE`), for comparing what patches compare."""
    if isinstance(node, dict):
        return {
            k: _structure(v, not names_level and k in _NAMED) for k, v in node.items() if names_level or k not in PROSE
        }
    if isinstance(node, list):
        return [_structure(item) for item in node]
    return node


def _matches(found: Any, expected: Any) -> bool:
    """Partial match: the keys ``expected`` names, with its values (recursively); the rest exactly."""
    if isinstance(expected, dict):
        return isinstance(found, dict) and all(k in found and _matches(found[k], v) for k, v in expected.items())
    return bool(found == expected)


def _apply(document: dict[str, Any], patch: Patch) -> str:
    """Apply one patch; return "" or why it is stale."""
    *parents, last = _tokens(patch.path)
    parent: Any = document
    try:
        for token in parents:
            _, parent = _child(parent, token, patch.path)
    except _Gone as gone:
        return f"its target is gone ({gone})"
    if patch.op == "add":
        if isinstance(parent, list):
            raise PatchError(f"{patch.path}: 'add' into a list is not supported; replace the list")
        if not isinstance(parent, dict):
            return f"its parent is now a {type(parent).__name__}"
        if last in parent:
            if parent[last] == patch.value:
                return "upstream already says what it adds"
            return f"upstream now defines the target itself: {parent[last]!r}"
        parent[last] = copy.deepcopy(patch.value)
        return ""
    try:
        key, found = _child(parent, last, patch.path)
    except _Gone as gone:
        return "upstream removed the target already" if patch.op == "remove" else f"its target is gone ({gone})"
    if patch.op == "replace" and _structure(found) == _structure(patch.value):
        return "upstream already says what it sets"
    if not _matches(_structure(found), _structure(patch.expect)):
        return f"the target changed upstream: expected {patch.expect!r}, found {found!r}"
    if patch.op == "replace":
        value = copy.deepcopy(patch.value)
        if isinstance(found, dict) and isinstance(value, dict):  # the replaced node's own prose stays
            value.update({k: found[k] for k in PROSE if k in found and k not in value})
        parent[key] = value
    else:
        del parent[key]
    return ""


def _entry_problems(entry: Any) -> list[str]:
    if not isinstance(entry, dict):
        return ["not a mapping"]
    problems = []
    unknown = set(entry) - {"op", "path", "value", "why", "reason", "expect", "difference", "evidence"}
    if unknown:
        problems.append(f"unknown keys {sorted(unknown)}")
    op = entry.get("op")
    if op not in OPS:
        problems.append(f"op must be one of {OPS}, got {op!r}")
    if not isinstance(entry.get("path"), str):
        problems.append("needs a 'path'")
    else:
        try:
            problems.extend(_check_pointer(entry["path"]))
        except PatchError as error:
            problems.append(str(error))
    if not str(entry.get("why", "")).strip():
        problems.append("every patch needs a 'why'")
    reason = entry.get("reason")
    if reason not in REASONS:
        problems.append(f"'reason' must be one of {sorted(REASONS)}, got {reason!r}")
    if reason == "real-api" and not isinstance(entry.get("difference"), int) and not entry.get("evidence"):
        problems.append(
            "a 'real-api' patch cites the 'difference' (its number in real-traffic/README.md) or 'evidence'"
        )
    if reason != "real-api" and ("difference" in entry or "evidence" in entry):
        problems.append("'difference' and 'evidence' belong to 'real-api' patches")
    if op in ("add", "replace") and "value" not in entry:
        problems.append(f"'{op}' needs a 'value'")
    if op in ("replace", "remove") and "expect" not in entry:
        problems.append(f"'{op}' needs an 'expect': what upstream holds at the target")
    if op == "add" and "expect" in entry:
        problems.append("'add' expects its target to be absent; drop 'expect'")
    return problems


def load_patches(path: Path) -> list[Patch]:
    """Read and validate ``patches.yaml``; every malformed entry is reported at once."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    entries = raw.get("patches") if isinstance(raw, dict) else None
    if not isinstance(entries, list):
        raise PatchError(f"{path}: expected a mapping with a 'patches' list")
    problems = [
        f"{path.name}: patch #{number}: {problem}"
        for number, entry in enumerate(entries, start=1)
        for problem in _entry_problems(entry)
    ]
    if problems:
        raise PatchError("\n".join(problems))
    return [
        Patch(
            op=entry["op"],
            path=entry["path"],
            why=str(entry["why"]),
            value=entry.get("value"),
            reason=entry["reason"],
            expect=entry.get("expect"),
            difference=entry.get("difference"),
            evidence=str(entry.get("evidence", "")),
        )
        for entry in entries
    ]


def patch_document(document: dict[str, Any], patches: list[Patch]) -> tuple[dict[str, Any], PatchReport]:
    """A patched deep copy of ``document`` and what happened to each patch.

    Stale patches are left out and reported; errors (ambiguous selectors, positions) are raised
    together once every patch has been tried.
    """
    patched = copy.deepcopy(document)
    report = PatchReport()
    problems = []
    for number, patch in enumerate(patches, start=1):
        try:
            stale = _apply(patched, patch)
        except PatchError as error:
            problems.append(f"patch #{number} ({patch.describe()}; why: {patch.why.strip()}): {error}")
            continue
        if stale:
            report.stale.append((patch, stale))
        else:
            report.applied.append(patch)
    if problems:
        raise PatchError("\n".join(problems))
    return patched, report


def apply_patches(document: dict[str, Any], patches: list[Patch]) -> dict[str, Any]:
    """A patched deep copy of ``document``; stale patches are skipped (see :func:`patch_document`)."""
    return patch_document(document, patches)[0]
