"""Rows to the JSON objects the API answers with.

Plain dicts, not the generated models: the emulator must keep serving when a new document renames
or drops a model, and tests/emulator check every answer against the document's response schema.
"""

from __future__ import annotations

from typing import Any

from .state import Counts, Row, loads

__all__ = [
    "batch",
    "file_deleted",
    "file_object",
    "page",
    "store_deleted",
    "store_file_deleted",
    "vector_store",
    "vector_store_file",
]

DAY = 86_400


def _counts(counts: Counts) -> dict[str, int]:
    return {
        "in_progress": counts.in_progress,
        "completed": counts.completed,
        "failed": counts.failed,
        "cancelled": counts.cancelled,
        "total": counts.total,
    }


def file_object(row: Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "bytes": row["bytes"],
        "created_at": row["created_at"],
        "filename": row["filename"],
        "object": "file",
        "purpose": row["purpose"],
        "status": "processed",
        "expires_at": row["expires_at"],
        "status_details": None,
    }


def expires_at(row: Row) -> int | None:
    """A store's expiry: ``days`` after its last activity, when it has a policy."""
    policy = loads(row["expires_after"])
    return None if policy is None else int(row["last_active_at"]) + int(policy["days"]) * DAY


def store_status(row: Row, counts: Counts, now: float) -> str:
    deadline = expires_at(row)
    if deadline is not None and now >= deadline:
        return "expired"
    return "in_progress" if counts.in_progress else "completed"


def vector_store(row: Row, counts: Counts, usage_bytes: int, now: float) -> dict[str, Any]:
    policy = loads(row["expires_after"])
    return {
        "id": row["id"],
        "object": "vector_store",
        "created_at": row["created_at"],
        "name": row["name"],
        "usage_bytes": usage_bytes,
        "file_counts": _counts(counts),
        "status": store_status(row, counts, now),
        "last_active_at": row["last_active_at"],
        "metadata": loads(row["metadata"]),
        "expires_after": None if policy is None else {"anchor": "last_active_at", "days": policy["days"]},
        "expires_at": expires_at(row),
        "description": row["description"],
    }


def vector_store_file(row: Row) -> dict[str, Any]:
    error = loads(row["last_error"])
    chunking = loads(row["chunking"])
    return {
        "id": row["id"],
        "object": "vector_store.file",
        "usage_bytes": row["usage_bytes"],
        "created_at": row["created_at"],
        "vector_store_id": row["vector_store_id"],
        "status": row["status"],
        "last_error": None if error is None else {"code": error["code"], "message": error["message"]},
        "chunking_strategy": {
            "type": "static",
            "static": {
                "max_chunk_size_tokens": chunking["max_chunk_size_tokens"],
                "chunk_overlap_tokens": chunking["chunk_overlap_tokens"],
            },
        },
        "attributes": loads(row["attributes"]),
    }


def batch_status(row: Row, counts: Counts) -> str:
    if row["cancelled"]:
        return "cancelled"
    if counts.in_progress:
        return "in_progress"
    return "failed" if counts.total and counts.failed == counts.total else "completed"


def batch(row: Row, counts: Counts) -> dict[str, Any]:
    return {
        "id": row["id"],
        "object": "vector_store.file_batch",  # what the real API sends; the document says files_batch
        "created_at": row["created_at"],
        "vector_store_id": row["vector_store_id"],
        "status": batch_status(row, counts),
        "file_counts": _counts(counts),
    }


def store_deleted(store_id: str) -> dict[str, Any]:
    return {"id": store_id, "deleted": True, "object": "vector_store.deleted"}


def store_file_deleted(file_id: str) -> dict[str, Any]:
    return {"id": file_id, "deleted": True, "object": "vector_store.file.deleted"}


def file_deleted(file_id: str) -> dict[str, Any]:
    return {"id": file_id, "object": "file", "deleted": True}


def page(items: list[dict[str, Any]], has_more: bool) -> dict[str, Any]:
    """A cursor page as the list endpoints send it (null cursors when empty, as the API does)."""
    return {
        "object": "list",
        "data": items,
        "first_id": items[0]["id"] if items else None,
        "last_id": items[-1]["id"] if items else None,
        "has_more": has_more,
    }
