"""Rows to JSON through the generated models, so answers carry the fields the document names."""

from __future__ import annotations

from typing import Any

from vectorstores_raw.models import (
    FileCounts,
    FileDeleted,
    FileObject,
    StaticChunkingStrategy,
    StaticChunkingStrategyResponseParam,
    VectorStore,
    VectorStoreDeleted,
    VectorStoreExpirationPolicy,
    VectorStoreFile,
    VectorStoreFileBatch,
    VectorStoreFileDeleted,
    VectorStoreFileLastErrorType0,
)

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


def _counts(counts: Counts) -> FileCounts:
    return FileCounts(
        in_progress=counts.in_progress,
        completed=counts.completed,
        failed=counts.failed,
        cancelled=counts.cancelled,
        total=counts.total,
    )


def file_object(row: Row) -> dict[str, Any]:
    return FileObject(
        id=row["id"],
        object="file",
        bytes=row["bytes"],
        created_at=row["created_at"],
        filename=row["filename"],
        purpose=row["purpose"],
        status="processed",
        expires_at=row["expires_at"],
        status_details=None,
    ).to_dict()


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
    return VectorStore(
        id=row["id"],
        object="vector_store",
        created_at=row["created_at"],
        name=row["name"],
        description=row["description"],
        usage_bytes=usage_bytes,
        file_counts=_counts(counts),
        status=store_status(row, counts, now),  # type: ignore[arg-type]
        expires_after=None
        if policy is None
        else VectorStoreExpirationPolicy(anchor="last_active_at", days=policy["days"]),
        expires_at=expires_at(row),
        last_active_at=row["last_active_at"],
        metadata=loads(row["metadata"]),
    ).to_dict()


def vector_store_file(row: Row) -> dict[str, Any]:
    error = loads(row["last_error"])
    chunking = loads(row["chunking"])
    return VectorStoreFile(
        id=row["id"],
        object="vector_store.file",
        usage_bytes=row["usage_bytes"],
        created_at=row["created_at"],
        vector_store_id=row["vector_store_id"],
        status=row["status"],
        last_error=None
        if error is None
        else VectorStoreFileLastErrorType0(code=error["code"], message=error["message"]),
        chunking_strategy=StaticChunkingStrategyResponseParam(
            type="static",
            static=StaticChunkingStrategy(
                max_chunk_size_tokens=chunking["max_chunk_size_tokens"],
                chunk_overlap_tokens=chunking["chunk_overlap_tokens"],
            ),
        ),
        attributes=loads(row["attributes"]),
    ).to_dict()


def batch_status(row: Row, counts: Counts) -> str:
    if row["cancelled"]:
        return "cancelled"
    if counts.in_progress:
        return "in_progress"
    return "failed" if counts.total and counts.failed == counts.total else "completed"


def batch(row: Row, counts: Counts) -> dict[str, Any]:
    return VectorStoreFileBatch(
        id=row["id"],
        object="vector_store.file_batch",  # what the real API sends; the document says files_batch
        created_at=row["created_at"],
        vector_store_id=row["vector_store_id"],
        status=batch_status(row, counts),  # type: ignore[arg-type]
        file_counts=_counts(counts),
    ).to_dict()


def store_deleted(store_id: str) -> dict[str, Any]:
    return VectorStoreDeleted(id=store_id, object="vector_store.deleted", deleted=True).to_dict()


def store_file_deleted(file_id: str) -> dict[str, Any]:
    return VectorStoreFileDeleted(id=file_id, object="vector_store.file.deleted", deleted=True).to_dict()


def file_deleted(file_id: str) -> dict[str, Any]:
    return FileDeleted(id=file_id, object="file", deleted=True).to_dict()


def page(items: list[dict[str, Any]], has_more: bool) -> dict[str, Any]:
    """A cursor page as the list endpoints send it (null cursors when empty, as the API does)."""
    return {
        "object": "list",
        "data": items,
        "first_id": items[0]["id"] if items else None,
        "last_id": items[-1]["id"] if items else None,
        "has_more": has_more,
    }
