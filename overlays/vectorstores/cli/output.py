"""Where output goes and how it looks.

Results (tables, JSON lines, summaries) go to stdout; progress, notes and errors to stderr, so
``vectorstores search ... --json | jq`` sees only results. rich decides colour and bars from
whether each stream is a terminal (and honours ``NO_COLOR``/``FORCE_COLOR``): in a pipe there are
neither, and a table becomes one tab-separated line per row, ready for ``cut`` or ``sort``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from typing import Any

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

__all__ = ["Output", "highlight", "human_bytes", "new_table", "plural", "snippet", "store_label"]

_WORD = re.compile(r"\w+")
# Words that carry no meaning in a query; highlighting them would light up every line.
_STOP_WORDS = frozenset(
    {"a", "an", "and", "are", "as", "at", "be", "by", "can", "do", "does", "for", "from", "has", "have", "how"}
    | {"i", "in", "is", "it", "its", "of", "on", "or", "our", "the", "this", "to", "was", "we", "what", "when"}
    | {"where", "which", "who", "why", "will", "with", "you", "your"}
)
_SUFFIXES = ("ingly", "edly", "ing", "ed", "s", "ly")  # as light as the stemming of search itself
SNIPPET_CHARS = 200


class Output:
    """The two consoles of a command, and the ways it prints."""

    def __init__(self) -> None:
        # Created per command, so each picks up the streams in place when it runs (tests swap them).
        # soft_wrap: a line longer than the screen wraps where the terminal wraps it, so a path
        # or an id is never broken in two (tables still fit the width).
        self.out = Console(highlight=False, soft_wrap=True)
        self.err = Console(stderr=True, highlight=False, soft_wrap=True)

    @property
    def interactive(self) -> bool:
        """Whether stderr is a terminal: live progress bars only make sense there."""
        return self.err.is_terminal

    def note(self, message: str) -> None:
        """A remark on stderr that does not stop the command."""
        self.err.print(f"[dim]note:[/] {escape(message)}")

    def status(self, message: str) -> None:
        """What the command is doing now, on stderr."""
        self.err.print(escape(message))

    def json_line(self, data: Mapping[str, Any]) -> None:
        """One JSON object on one line of stdout (printed raw: no wrapping, no markup)."""
        self.out.file.write(json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n")
        self.out.file.flush()

    def table(self, table: Table) -> None:
        """A table in a terminal; in a pipe, its rows as tab-separated lines without a header."""
        if self.out.is_terminal:
            self.out.print(table)
            return
        for row in zip(*(column.cells for column in table.columns), strict=True):
            cells = (cell.plain if isinstance(cell, Text) else Text.from_markup(str(cell)).plain for cell in row)
            self.out.file.write("\t".join(" ".join(cell.split()) for cell in cells) + "\n")
        self.out.file.flush()


def new_table() -> Table:
    """An empty table in the house style: a rule under the header, no other lines."""
    return Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold")


def plural(count: int, noun: str) -> str:
    """``1 file``, ``3 files``."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def human_bytes(count: float) -> str:
    """``1536`` as ``1.5 kB`` (decimal units, as rich's transfer columns use)."""
    for unit in ("bytes", "kB", "MB", "GB", "TB"):
        if abs(count) < 1000 or unit == "TB":
            return f"{count:.0f} {unit}" if unit == "bytes" else f"{count:.1f} {unit}"
        count /= 1000
    raise AssertionError("unreachable")


def when(timestamp: object) -> str:
    """A Unix time as ``2026-05-09 07:35`` (UTC), or ``-`` when there is none."""
    if isinstance(timestamp, bool) or not isinstance(timestamp, (int, float)):
        return "-"
    return datetime.fromtimestamp(timestamp, tz=timezone.utc).strftime("%Y-%m-%d %H:%M")


def store_label(store: Any) -> str:
    """``name (vs_...)``, or the id alone for a store without a name."""
    name = getattr(store, "name", None)
    return f"{name} ({store.id})" if isinstance(name, str) and name else str(store.id)


def text_or_dash(value: object) -> str:
    return value if isinstance(value, str) and value else "-"


def attributes_text(attributes: object) -> str:
    """``k=v, k=v`` for a table cell; JSON spelling of values, so ``true`` and ``"true"`` differ."""
    if not isinstance(attributes, Mapping) or not attributes:
        return ""
    return ", ".join(
        f"{key}={value if isinstance(value, str) else json.dumps(value)}" for key, value in attributes.items()
    )


def _stem(word: str) -> str:
    word = word.lower()
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def query_stems(queries: Iterable[str]) -> frozenset[str]:
    """The stems worth highlighting for a query (stop words left out)."""
    return frozenset(
        _stem(word) for query in queries for word in _WORD.findall(query) if word.lower() not in _STOP_WORDS
    )


def snippet(text: str, stems: frozenset[str], width: int = SNIPPET_CHARS) -> str:
    """About ``width`` characters of ``text`` on one line: the stretch holding the most matched
    words (the earliest of equals), cut at spaces, with ``…`` where text was left out."""
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    hits = [match.start() for match in _WORD.finditer(flat) if _stem(match.group()) in stems]
    lead = width // 5  # some context before the first matched word
    best = max(
        (max(0, min(hit - lead, len(flat) - width)) for hit in hits),
        key=lambda start: sum(start <= other < start + width for other in hits),
        default=0,
    )
    start, end = best, best + width
    if start > 0:
        space = flat.find(" ", start)
        start = space + 1 if 0 <= space < start + lead else start
    if end < len(flat):
        space = flat.rfind(" ", start, end)
        end = space if space > start else end
    return ("…" if start > 0 else "") + flat[start:end] + ("…" if end < len(flat) else "")


def highlight(text: str, stems: frozenset[str], style: str = "bold yellow") -> Text:
    """``text`` with the words that match the query styled (plain in a pipe)."""
    rich_text = Text(text)
    for match in _WORD.finditer(text):
        if _stem(match.group()) in stems:
            rich_text.stylize(style, match.start(), match.end())
    return rich_text
