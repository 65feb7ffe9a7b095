"""Declarative JSON-pointer patches of the sliced document (see ``generator/patches.yaml``).

Each patch is ``{op, path, value?, why}`` with ``op`` one of ``add``, ``replace``, ``remove`` and
``path`` an RFC 6901 pointer. A patch whose target (or, for ``add``, whose parent) no longer
exists raises :class:`PatchError`, so an upstream change that makes a patch stale stops the
pipeline instead of being silently ignored.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

__all__ = ["Patch", "PatchError", "apply_patches", "load_patches"]

OPS = ("add", "replace", "remove", "test")


class PatchError(ValueError):
    """A patch is malformed or its target is missing."""


@dataclass(frozen=True)
class Patch:
    """One edit of the document, with the reason it exists."""

    op: str
    path: str
    why: str
    value: Any = None


def _tokens(pointer: str) -> list[str]:
    if not pointer.startswith("/"):
        raise PatchError(f"pointer must start with '/': {pointer!r}")
    return [part.replace("~1", "/").replace("~0", "~") for part in pointer[1:].split("/")]


def _step(node: Any, token: str, pointer: str) -> Any:
    if isinstance(node, dict):
        if token not in node:
            raise PatchError(f"{pointer}: no key {token!r} (the upstream document changed?)")
        return node[token]
    if isinstance(node, list):
        if not token.isdigit() or int(token) >= len(node):
            raise PatchError(f"{pointer}: no index {token!r} in a list of {len(node)}")
        return node[int(token)]
    raise PatchError(f"{pointer}: cannot descend into a {type(node).__name__} at {token!r}")


def _apply(document: dict[str, Any], patch: Patch) -> None:
    *parents, last = _tokens(patch.path)
    parent: Any = document
    for token in parents:
        parent = _step(parent, token, patch.path)
    if patch.op == "test":  # RFC 6902: guard the patches after it against a moved target
        found = _step(parent, last, patch.path)
        if found != patch.value:
            raise PatchError(
                f"{patch.path}: expected {patch.value!r}, found {found!r} (the upstream document changed?)"
            )
        return
    if patch.op == "add":
        if isinstance(parent, list):
            parent.insert(len(parent) if last == "-" else int(last), copy.deepcopy(patch.value))
        elif isinstance(parent, dict):
            if last in parent:
                raise PatchError(f"{patch.path}: 'add' target exists already; use 'replace'")
            parent[last] = copy.deepcopy(patch.value)
        else:
            raise PatchError(f"{patch.path}: parent is a {type(parent).__name__}")
        return
    _step(parent, last, patch.path)  # the target must exist for replace and remove
    if patch.op == "replace":
        parent[int(last) if isinstance(parent, list) else last] = copy.deepcopy(patch.value)
    else:
        del parent[int(last) if isinstance(parent, list) else last]


def load_patches(path: Path) -> list[Patch]:
    """Read and validate ``patches.yaml``."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    entries = raw.get("patches") if isinstance(raw, dict) else None
    if not isinstance(entries, list):
        raise PatchError(f"{path}: expected a mapping with a 'patches' list")
    patches = []
    for index, entry in enumerate(entries):
        where = f"{path}: patch #{index + 1}"
        if not isinstance(entry, dict):
            raise PatchError(f"{where}: not a mapping")
        unknown = set(entry) - {"op", "path", "value", "why"}
        if unknown:
            raise PatchError(f"{where}: unknown keys {sorted(unknown)}")
        if entry.get("op") not in OPS:
            raise PatchError(f"{where}: op must be one of {OPS}, got {entry.get('op')!r}")
        if not str(entry.get("why", "")).strip():
            raise PatchError(f"{where}: every patch needs a 'why'")
        if entry["op"] != "remove" and "value" not in entry:
            raise PatchError(f"{where}: '{entry['op']}' needs a 'value'")
        patches.append(Patch(op=entry["op"], path=str(entry["path"]), why=entry["why"], value=entry.get("value")))
    return patches


def apply_patches(document: dict[str, Any], patches: list[Patch]) -> dict[str, Any]:
    """Return a patched deep copy; the input is left untouched."""
    patched = copy.deepcopy(document)
    for number, patch in enumerate(patches, start=1):
        try:
            _apply(patched, patch)
        except PatchError as error:
            raise PatchError(f"patch #{number} ({patch.op} {patch.path}; why: {patch.why.strip()}): {error}") from None
    return patched
