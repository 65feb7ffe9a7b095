"""The canned bodies: objects shaped as the API sends them, encoded once and reused.

The canned server answers with these bytes, and the parse case turns the same bytes into
objects, so both SDKs always see identical input.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = [
    "API_KEY",
    "STORE_ID",
    "file_id",
    "file_object",
    "files_page",
    "search_page",
    "vector_store",
]

API_KEY = "sk-bench-not-a-real-key"
STORE_ID = "vs_bench"
CREATED_AT = 1_760_000_000


def _encode(body: dict[str, Any]) -> bytes:
    return json.dumps(body, separators=(",", ":")).encode()


def file_id(index: int) -> str:
    """The id of file number ``index`` in the canned store (sortable, as the API's are not)."""
    return f"file-bench{index:06d}"


def vector_store() -> bytes:
    """``GET /vector_stores/{id}``: a store with some files, a policy and metadata."""
    return _encode(
        {
            "id": STORE_ID,
            "object": "vector_store",
            "created_at": CREATED_AT,
            "name": "benchmark store",
            "description": None,
            "usage_bytes": 123_456_789,
            "file_counts": {"in_progress": 0, "completed": 10_000, "failed": 0, "cancelled": 0, "total": 10_000},
            "status": "completed",
            "expires_after": {"anchor": "last_active_at", "days": 7},
            "expires_at": CREATED_AT + 7 * 86_400,
            "last_active_at": CREATED_AT,
            "metadata": {"team": "search", "env": "bench"},
        }
    )


def _store_file(index: int) -> dict[str, Any]:
    return {
        "id": file_id(index),
        "object": "vector_store.file",
        "usage_bytes": 10_240 + index,
        "created_at": CREATED_AT + index,
        "vector_store_id": STORE_ID,
        "status": "completed",
        "last_error": None,
        "chunking_strategy": {"type": "static", "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400}},
        "attributes": {"author": f"author {index % 17}", "year": 2000 + index % 25, "public": index % 2 == 0},
    }


def files_page(page: int, page_size: int, pages: int) -> bytes:
    """Page ``page`` (0-based) of ``GET /vector_stores/{id}/files`` over ``pages`` full pages."""
    items = [_store_file(page * page_size + offset) for offset in range(page_size)]
    return _encode(
        {
            "object": "list",
            "data": items,
            "first_id": items[0]["id"],
            "last_id": items[-1]["id"],
            "has_more": page < pages - 1,
        }
    )


def search_page(results: int) -> bytes:
    """``POST /vector_stores/{id}/search``: ``results`` hits with a few text chunks each."""
    words = "the quick brown fox jumps over the lazy dog while vectors hum quietly in the index "
    data = [
        {
            "file_id": file_id(index),
            "filename": f"document-{index}.md",
            "score": round(1.0 - index / (results + 1), 6),
            "attributes": {"author": f"author {index % 17}", "year": 2000 + index % 25},
            "content": [{"type": "text", "text": words * 6} for _ in range(3)],
        }
        for index in range(results)
    ]
    return _encode(
        {
            "object": "vector_store.search_results.page",
            "search_query": ["quick fox"],
            "data": data,
            "has_more": False,
            "next_page": None,
        }
    )


def file_object(size: int) -> bytes:
    """``POST /files``: the uploaded file, as the API answers once it has stored it."""
    return _encode(
        {
            "id": "file-benchupload",
            "object": "file",
            "bytes": size,
            "created_at": CREATED_AT,
            "filename": "upload.txt",
            "purpose": "assistants",
            "status": "processed",
            "expires_at": None,
            "status_details": None,
        }
    )
