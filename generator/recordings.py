"""Which recorded interactions exercise each API change, for the change report.

The recordings were made against the previous document, so they are read against it (patched,
as the SDK was built from it): each interaction's touches (``vectorstores._cassette_check``)
name operations, parameters and properties with the addresses the change ids use.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from vectorstores._cassette_check import Document, check_paths
from vectorstores._cassette_check.touches import touches

from .apidiff import Change

__all__ = ["exercised", "subject"]

_BY_CONTAINER = ("property-added", "parameter-added")  # a new thing: what holds it was exercised


def subject(change: Change) -> str:
    """The address a change is about (``VectorStoreFileObject.usage_bytes``, ``GET /files``, ...)."""
    kind, _, address = change.id.partition(":")
    address = address.split("->", 1)[0]
    if kind.startswith("enum-value-"):
        address = address.rsplit("=", 1)[0]
    if kind in _BY_CONTAINER:
        if ":query:" in address or ":path:" in address or ":header:" in address:
            return address.split(":", 1)[0]
        container = address.rsplit(".", 1)[0]
        return container.removesuffix(" body")
    return address


def _index(document: Document, folders: Iterable[Path]) -> dict[str, list[tuple[str, int]]]:
    found: dict[str, list[tuple[str, int]]] = {}
    report = check_paths([folder for folder in folders if folder.is_dir()], document)
    for each in report.checked:
        for address in touches(document, each.match, each.exchange).addresses:
            found.setdefault(address, []).append((Path(each.cassette).name, each.exchange.number))
    return found


def _said(uses: list[tuple[str, int]]) -> str:
    by_cassette: dict[str, list[int]] = {}
    for cassette, number in uses:
        by_cassette.setdefault(cassette, []).append(number)
    listed = "; ".join(
        f"{name} {', '.join(f'#{n}' for n in sorted(set(numbers)))}" for name, numbers in sorted(by_cassette.items())
    )
    return f"recorded in {len(set(uses))} interactions of {len(by_cassette)} cassettes: {listed}"


def exercised(changes: list[Change], previous: dict[str, Any], folders: Iterable[Path]) -> dict[str, str]:
    """Change id -> which recordings exercise what it changed (absent: none do). A documentation
    change names none: no recording can go stale by a description."""
    index = _index(Document(previous, "the previous openapi.yaml, patched"), folders)
    return {
        change.id: _said(index[subject(change)])
        for change in changes
        if not change.documentation and index.get(subject(change))
    }
