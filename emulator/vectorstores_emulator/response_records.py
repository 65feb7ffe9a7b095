"""Stored responses in the emulator's SQLite state: the answer as JSON, the request it came from,
its input items (for ``input_items`` pages and later turns) and its stream events (for replay).

A response created with ``store: false`` never reaches this table, as upstream keeps none.
A background response waits here with a ``ready_at`` until the worker runs it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .state import Row, State, dumps, loads

__all__ = ["ResponseRecord", "ResponseRecords"]


@dataclass(frozen=True)
class ResponseRecord:
    """One stored response."""

    body: dict[str, Any]
    request: dict[str, Any]
    input_items: list[dict[str, Any]]
    events: list[dict[str, Any]]
    ready_at: float | None

    @property
    def id(self) -> str:
        return str(self.body["id"])


def _record(row: Row) -> ResponseRecord:
    ready_at = row["ready_at"]
    return ResponseRecord(
        body=loads(row["body"]),
        request=loads(row["request"]),
        input_items=loads(row["input_items"]),
        events=loads(row["events"]),
        ready_at=None if ready_at is None else float(ready_at),
    )


class ResponseRecords:
    """The responses table, read and written through the emulator's one connection."""

    def __init__(self, state: State) -> None:
        self.state = state

    def add(self, record: ResponseRecord) -> None:
        with self.state.transaction() as db:
            db.execute(
                "INSERT INTO responses (id, status, body, request, input_items, events, ready_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    record.id,
                    record.body["status"],
                    dumps(record.body),
                    dumps(record.request),
                    dumps(record.input_items),
                    dumps(record.events),
                    record.ready_at,
                ),
            )

    def move(self, record: ResponseRecord, was: str) -> bool:
        """Store the response's new state, only if it is still in status ``was`` (so a cancel
        that came first is not overwritten by the worker); whether it was stored."""
        with self.state.transaction() as db:
            changed = db.execute(
                "UPDATE responses SET status = ?, body = ?, events = ?, ready_at = ? WHERE id = ? AND status = ?",
                (record.body["status"], dumps(record.body), dumps(record.events), record.ready_at, record.id, was),
            ).rowcount
        return changed > 0

    def get(self, response_id: str) -> ResponseRecord | None:
        row = self.state.one("SELECT * FROM responses WHERE id = ?", (response_id,))
        return None if row is None else _record(row)

    def delete(self, response_id: str) -> bool:
        with self.state.transaction() as db:
            return db.execute("DELETE FROM responses WHERE id = ?", (response_id,)).rowcount > 0

    def due(self, now: float) -> list[ResponseRecord]:
        """Background responses whose turn has come, oldest first."""
        rows = self.state.all(
            "SELECT * FROM responses WHERE ready_at IS NOT NULL AND ready_at <= ? ORDER BY seq", (now,)
        )
        return [_record(row) for row in rows]

    def next_due(self) -> float | None:
        row = self.state.one("SELECT MIN(ready_at) AS at FROM responses WHERE ready_at IS NOT NULL")
        return None if row is None or row["at"] is None else float(row["at"])
