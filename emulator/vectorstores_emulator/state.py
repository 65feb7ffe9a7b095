"""Everything the emulator knows, in SQLite: files, vector stores, their files, batches, chunks.

One connection guarded by a lock serves every request and the indexer, so concurrent clients see
one consistent order of events. Under ``--data-dir`` the database is a file and survives a restart;
without it the database lives in memory.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["Clock", "Page", "State"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    filename TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    purpose TEXT NOT NULL,
    expires_at INTEGER
);
CREATE TABLE IF NOT EXISTS vector_stores (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    name TEXT,
    description TEXT,
    metadata TEXT NOT NULL,
    expires_after TEXT,
    last_active_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS vector_store_files (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    vector_store_id TEXT NOT NULL,
    id TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    status TEXT NOT NULL,
    last_error TEXT,
    chunking TEXT NOT NULL,
    attributes TEXT NOT NULL,
    usage_bytes INTEGER NOT NULL DEFAULT 0,
    ready_at REAL NOT NULL,
    attempt INTEGER NOT NULL DEFAULT 0,
    UNIQUE (vector_store_id, id)
);
CREATE TABLE IF NOT EXISTS batches (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    vector_store_id TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    cancelled INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS batch_files (
    batch_id TEXT NOT NULL,
    file_id TEXT NOT NULL,
    PRIMARY KEY (batch_id, file_id)
);
CREATE TABLE IF NOT EXISTS chunks (
    vector_store_id TEXT NOT NULL,
    file_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (vector_store_id, file_id, idx)
);
CREATE TABLE IF NOT EXISTS responses (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    body TEXT NOT NULL,
    request TEXT NOT NULL,
    input_items TEXT NOT NULL,
    events TEXT NOT NULL,
    ready_at REAL
);
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS vsf_due ON vector_store_files (status, ready_at);
"""

Row = sqlite3.Row


class Clock:
    """Wall time in seconds, which tests may move forward (``/_emulator/clock``) to reach expiry.

    From a ``start`` the clock is logical instead: it reads ``start`` and moves one second per
    API request (``tick``), so timestamps and processing repeat exactly whatever the machine's speed."""

    def __init__(self, start: float | None = None) -> None:
        self.offset = 0.0
        self.start = start

    def now(self) -> float:
        return (time.time() if self.start is None else self.start) + self.offset

    def tick(self) -> None:
        if self.start is not None:
            self.offset += 1.0


@dataclass(frozen=True)
class Page:
    """One page of a list: rows in the order asked for, and whether more lie beyond."""

    rows: list[Row]
    has_more: bool


@dataclass(frozen=True)
class Counts:
    in_progress: int = 0
    completed: int = 0
    failed: int = 0
    cancelled: int = 0

    @property
    def total(self) -> int:
        return self.in_progress + self.completed + self.failed + self.cancelled


def dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


class State:
    """The database and the operations handlers need; every method is one transaction."""

    def __init__(self, data_dir: Path | None, clock: Clock) -> None:
        self.clock = clock
        self._lock = threading.RLock()
        target = ":memory:" if data_dir is None else str(data_dir / "emulator.sqlite3")
        self._db = sqlite3.connect(target, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        if data_dir is not None:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def now(self) -> int:
        return int(self.clock.now())

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def one(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        with self._lock:
            row: Row | None = self._db.execute(sql, params).fetchone()
            return row

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with self._lock:
            return list(self._db.execute(sql, params).fetchall())

    def reset(self) -> None:
        """Forget everything (``/_emulator/reset``)."""
        with self.transaction() as db:
            tables = ("files", "vector_stores", "vector_store_files", "batches", "batch_files", "chunks", "responses")
            for table in tables:
                db.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names

    # Lists ------------------------------------------------------------------------------------

    def page(
        self,
        table: str,
        where: str,
        params: Sequence[Any],
        *,
        limit: int,
        order: str,
        after: int | None,
        before: int | None,
    ) -> Page:
        """Rows of ``table`` matching ``where`` in ``order`` of creation, after/before a cursor's
        sequence number. With ``before`` the page is the ``limit`` rows nearest the cursor."""
        clauses, args = [where], list(params)
        newest_first = order == "desc"
        if after is not None:
            clauses.append("seq < ?" if newest_first else "seq > ?")
            args.append(after)
        if before is not None:
            clauses.append("seq > ?" if newest_first else "seq < ?")
            args.append(before)
        # Walk away from the cursor: towards older rows after it, towards newer rows before it.
        walk_newest_first = newest_first if before is None else not newest_first
        direction = "DESC" if walk_newest_first else "ASC"
        sql = f"SELECT * FROM {table} WHERE {' AND '.join(clauses)} ORDER BY seq {direction} LIMIT ?"  # noqa: S608
        rows = self.all(sql, [*args, limit + 1])
        has_more = len(rows) > limit
        rows = rows[:limit]
        if before is not None:
            rows.reverse()
        return Page(rows, has_more)

    # Files ------------------------------------------------------------------------------------

    def add_file(self, file_id: str, filename: str, size: int, purpose: str, lifetime: int | None) -> Row:
        """A new file; it expires ``lifetime`` seconds after its ``created_at`` (never if None)."""
        created_at = self.now()  # read once: expiry counts from exactly this second
        expires_at = None if lifetime is None else created_at + lifetime
        with self.transaction() as db:
            db.execute(
                "INSERT INTO files (id, created_at, filename, bytes, purpose, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
                (file_id, created_at, filename, size, purpose, expires_at),
            )
        row = self.file(file_id)
        assert row is not None
        return row

    def file(self, file_id: str) -> Row | None:
        """An uploaded file, unless it has passed its ``expires_at`` (then it is gone, as upstream)."""
        return self.one(
            "SELECT * FROM files WHERE id = ? AND (expires_at IS NULL OR expires_at > ?)", (file_id, self.now())
        )

    def delete_file(self, file_id: str) -> bool:
        """Remove a file, and with it every vector store's copy of it and its chunks."""
        with self.transaction() as db:
            gone = db.execute("DELETE FROM files WHERE id = ?", (file_id,)).rowcount
            db.execute("DELETE FROM vector_store_files WHERE id = ?", (file_id,))
            db.execute("DELETE FROM chunks WHERE file_id = ?", (file_id,))
        return gone > 0

    # Vector stores ----------------------------------------------------------------------------

    def add_vector_store(
        self,
        store_id: str,
        *,
        name: str | None,
        description: str | None,
        metadata: dict[str, str],
        expires_after: dict[str, Any] | None,
    ) -> None:
        now = self.now()
        with self.transaction() as db:
            db.execute(
                "INSERT INTO vector_stores (id, created_at, name, description, metadata, expires_after, last_active_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    store_id,
                    now,
                    name,
                    description,
                    dumps(metadata),
                    dumps(expires_after) if expires_after else None,
                    now,
                ),
            )

    def vector_store(self, store_id: str) -> Row | None:
        return self.one("SELECT * FROM vector_stores WHERE id = ?", (store_id,))

    def update_vector_store(self, store_id: str, changes: dict[str, Any]) -> None:
        columns = {
            "name": changes.get("name"),
            "metadata": dumps(changes["metadata"]) if "metadata" in changes else None,
            "expires_after": dumps(changes["expires_after"]) if changes.get("expires_after") else None,
        }
        sets = [f"{column} = ?" for column in columns if column in changes]
        values = [columns[column] for column in columns if column in changes]
        with self.transaction() as db:
            if sets:
                db.execute(f"UPDATE vector_stores SET {', '.join(sets)} WHERE id = ?", [*values, store_id])  # noqa: S608
            db.execute("UPDATE vector_stores SET last_active_at = ? WHERE id = ?", (self.now(), store_id))

    def touch(self, store_id: str) -> None:
        """The store was used: move ``last_active_at`` (and with it an expiry anchored there)."""
        with self.transaction() as db:
            db.execute("UPDATE vector_stores SET last_active_at = ? WHERE id = ?", (self.now(), store_id))

    def delete_vector_store(self, store_id: str) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM vector_stores WHERE id = ?", (store_id,))
            db.execute("DELETE FROM vector_store_files WHERE vector_store_id = ?", (store_id,))
            db.execute("DELETE FROM chunks WHERE vector_store_id = ?", (store_id,))
            db.execute(
                "DELETE FROM batch_files WHERE batch_id IN (SELECT id FROM batches WHERE vector_store_id = ?)",
                (store_id,),
            )
            db.execute("DELETE FROM batches WHERE vector_store_id = ?", (store_id,))

    def store_counts(self, store_id: str) -> tuple[Counts, int]:
        """File counts by status and the bytes indexed in a store."""
        rows = self.all(
            "SELECT status, COUNT(*) AS n, SUM(usage_bytes) AS used FROM vector_store_files"
            " WHERE vector_store_id = ? GROUP BY status",
            (store_id,),
        )
        by_status = {row["status"]: row["n"] for row in rows}
        usage = sum(row["used"] or 0 for row in rows if row["status"] == "completed")
        return _counts(by_status), usage

    # Vector store files -----------------------------------------------------------------------

    def attach(
        self,
        store_id: str,
        file_ids: Sequence[tuple[str, dict[str, Any], dict[str, int]]],
        ready_at: float,
        batch_id: str | None = None,
    ) -> None:
        """Attach files (id, attributes, static chunking) to a store, to be indexed at ``ready_at``.

        A file attached again starts over with its new attributes and chunking."""
        now = self.now()
        with self.transaction() as db:
            for file_id, attributes, chunking in file_ids:
                db.execute(
                    "INSERT INTO vector_store_files"
                    " (vector_store_id, id, created_at, status, last_error, chunking, attributes, ready_at)"
                    " VALUES (?, ?, ?, 'in_progress', NULL, ?, ?, ?)"
                    " ON CONFLICT (vector_store_id, id) DO UPDATE SET status = 'in_progress', last_error = NULL,"
                    " chunking = excluded.chunking, attributes = excluded.attributes, usage_bytes = 0,"
                    " ready_at = excluded.ready_at, attempt = attempt + 1",
                    (store_id, file_id, now, dumps(chunking), dumps(attributes), ready_at),
                )
                db.execute("DELETE FROM chunks WHERE vector_store_id = ? AND file_id = ?", (store_id, file_id))
                if batch_id is not None:
                    db.execute("INSERT OR IGNORE INTO batch_files VALUES (?, ?)", (batch_id, file_id))
            db.execute("UPDATE vector_stores SET last_active_at = ? WHERE id = ?", (now, store_id))

    def vector_store_file(self, store_id: str, file_id: str) -> Row | None:
        return self.one("SELECT * FROM vector_store_files WHERE vector_store_id = ? AND id = ?", (store_id, file_id))

    def set_attributes(self, store_id: str, file_id: str, attributes: dict[str, Any]) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE vector_store_files SET attributes = ? WHERE vector_store_id = ? AND id = ?",
                (dumps(attributes), store_id, file_id),
            )

    def detach(self, store_id: str, file_id: str) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM vector_store_files WHERE vector_store_id = ? AND id = ?", (store_id, file_id))
            db.execute("DELETE FROM chunks WHERE vector_store_id = ? AND file_id = ?", (store_id, file_id))

    def due(self, now: float) -> list[Row]:
        """Attached files whose indexing is due, with their file's name."""
        return self.all(
            "SELECT vsf.*, f.filename FROM vector_store_files vsf JOIN files f ON f.id = vsf.id"
            " WHERE vsf.status = 'in_progress' AND vsf.ready_at <= ? ORDER BY vsf.seq",
            (now,),
        )

    def next_due(self) -> float | None:
        row = self.one("SELECT MIN(ready_at) AS at FROM vector_store_files WHERE status = 'in_progress'")
        return None if row is None or row["at"] is None else float(row["at"])

    def finish(
        self,
        store_id: str,
        file_id: str,
        attempt: int,
        *,
        chunks: Sequence[str] = (),
        usage_bytes: int = 0,
        error: dict[str, str] | None = None,
    ) -> None:
        """Record the outcome of indexing, unless the file was cancelled, detached or re-attached
        while it was being indexed."""
        with self.transaction() as db:
            current = db.execute(
                "SELECT status, attempt FROM vector_store_files WHERE vector_store_id = ? AND id = ?",
                (store_id, file_id),
            ).fetchone()
            if current is None or current["status"] != "in_progress" or current["attempt"] != attempt:
                return
            status = "failed" if error else "completed"
            db.execute(
                "UPDATE vector_store_files SET status = ?, last_error = ?, usage_bytes = ?"
                " WHERE vector_store_id = ? AND id = ?",
                (status, dumps(error) if error else None, usage_bytes, store_id, file_id),
            )
            db.executemany(
                "INSERT INTO chunks VALUES (?, ?, ?, ?)",
                [(store_id, file_id, index, text) for index, text in enumerate(chunks)],
            )

    def chunks(self, store_id: str) -> list[Row]:
        """Every indexed chunk of a store with its file's name and attributes."""
        return self.all(
            "SELECT c.file_id, c.idx, c.text, f.filename, vsf.attributes FROM chunks c"
            " JOIN vector_store_files vsf ON vsf.vector_store_id = c.vector_store_id AND vsf.id = c.file_id"
            " JOIN files f ON f.id = c.file_id"
            " WHERE c.vector_store_id = ? AND vsf.status = 'completed' ORDER BY c.file_id, c.idx",
            (store_id,),
        )

    def file_text(self, store_id: str, file_id: str) -> list[str]:
        rows = self.all(
            "SELECT text FROM chunks WHERE vector_store_id = ? AND file_id = ? ORDER BY idx", (store_id, file_id)
        )
        return [row["text"] for row in rows]

    # Batches ----------------------------------------------------------------------------------

    def add_batch(self, batch_id: str, store_id: str) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO batches (id, vector_store_id, created_at) VALUES (?, ?, ?)",
                (batch_id, store_id, self.now()),
            )

    def batch(self, store_id: str, batch_id: str) -> Row | None:
        return self.one("SELECT * FROM batches WHERE id = ? AND vector_store_id = ?", (batch_id, store_id))

    def batch_counts(self, batch_id: str, store_id: str) -> Counts:
        rows = self.all(
            "SELECT vsf.status, COUNT(*) AS n FROM batch_files bf JOIN vector_store_files vsf"
            " ON vsf.id = bf.file_id AND vsf.vector_store_id = ? WHERE bf.batch_id = ? GROUP BY vsf.status",
            (store_id, batch_id),
        )
        return _counts({row["status"]: row["n"] for row in rows})

    def cancel_batch(self, store_id: str, batch_id: str) -> None:
        """Stop what has not finished: its files become ``cancelled``."""
        with self.transaction() as db:
            db.execute("UPDATE batches SET cancelled = 1 WHERE id = ?", (batch_id,))
            db.execute(
                "UPDATE vector_store_files SET status = 'cancelled'"
                " WHERE vector_store_id = ? AND status = 'in_progress'"
                " AND id IN (SELECT file_id FROM batch_files WHERE batch_id = ?)",
                (store_id, batch_id),
            )

    def batch_file_filter(self, batch_id: str) -> tuple[str, list[Any]]:
        """The WHERE clause selecting a batch's files from ``vector_store_files``."""
        return "id IN (SELECT file_id FROM batch_files WHERE batch_id = ?)", [batch_id]

    # Settings that outlive a restart -----------------------------------------------------------

    def setting(self, key: str) -> str | None:
        row = self.one("SELECT value FROM settings WHERE key = ?", (key,))
        return None if row is None else str(row["value"])

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", (key, value))


def _counts(by_status: dict[str, int]) -> Counts:
    return Counts(
        in_progress=by_status.get("in_progress", 0),
        completed=by_status.get("completed", 0),
        failed=by_status.get("failed", 0),
        cancelled=by_status.get("cancelled", 0),
    )
