"""Per operation of the document: how many recorded exchanges exercise it, and which query
parameters, request properties, enum values and error statuses no recording exercises."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .check import Report
from .document import Document
from .touches import Touches, declared, touches

__all__ = ["OperationCoverage", "coverage", "render_table"]


@dataclass
class OperationCoverage:
    """The recorded use of one operation and what of it was never recorded."""

    operation: str
    exchanges: int = 0
    query_missing: list[str] = field(default_factory=list)
    request_missing: list[str] = field(default_factory=list)
    enum_missing: dict[str, list[str]] = field(default_factory=dict)
    status_missing: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "operation": self.operation,
            "exchanges": self.exchanges,
            "query_parameters_never_recorded": self.query_missing,
            "request_properties_never_recorded": self.request_missing,
            "enum_values_never_recorded": self.enum_missing,
            "error_statuses_never_recorded": self.status_missing,
        }


def _short(address: str, operation: str) -> str:
    """``POST /files body.purpose`` -> ``purpose``; ``GET /files:query:limit`` -> ``limit``."""
    for prefix in (f"{operation} body.", f"{operation}:query:", f"{operation}:path:", f"{operation}."):
        if address.startswith(prefix):
            return address.removeprefix(prefix)
    return address


def coverage(document: Document, report: Report) -> list[OperationCoverage]:
    """One row per operation of ``document``, in document order."""
    seen: dict[str, Touches] = {op.label: Touches() for op in document.operations}
    counts = dict.fromkeys(seen, 0)
    for each in report.checked:
        if each.match.operation is None:
            continue
        label = each.match.operation.label
        counts[label] += 1
        found = touches(document, each.match, each.exchange)
        seen[label].addresses |= found.addresses
        for address, values in found.values.items():
            seen[label].values.setdefault(address, set()).update(values)
    rows = []
    for operation in document.operations:
        label, found, wanted = operation.label, seen[operation.label], declared(document, operation)
        statuses = found.values.get(f"{label}:status", set())
        rows.append(
            OperationCoverage(
                label,
                counts[label],
                [_short(a, label) for a in wanted["query"] if a not in found.addresses],
                [_short(a, label) for a in wanted["request"] if a not in found.addresses],
                {
                    _short(a, label): missing
                    for a, values in wanted["enum"].items()
                    if (missing := [v for v in values if v not in found.values.get(a, set())])
                },
                [status for status in wanted["status"] if status not in statuses],
            )
        )
    return rows


def _cell(items: list[str], width: int) -> str:
    text = ", ".join(items) if items else "-"
    return text if len(text) <= width else text[: width - 3] + "..."


def render_table(rows: list[OperationCoverage]) -> str:
    """A plain-text table: one line per operation."""
    head = ("operation", "recorded", "query never", "request props never", "enum values never", "errors never")
    lines = []
    for row in rows:
        enums = [f"{name}={'|'.join(values)}" for name, values in row.enum_missing.items()]
        lines.append(
            (
                row.operation,
                str(row.exchanges),
                _cell(row.query_missing, 30),
                _cell(row.request_missing, 40),
                _cell(enums, 50),
                _cell(row.status_missing, 12),
            )
        )
    widths = [max(len(line[i]) for line in [head, *lines]) for i in range(len(head))]
    render = [
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        for line in [head, *lines]
    ]
    return "\n".join([render[0], "  ".join("-" * w for w in widths), *render[1:]])
