"""The canned bodies: objects shaped as the API sends them, encoded once and reused.

The canned server answers with these bytes, and the parse case turns the same bytes into
objects, so both SDKs always see identical input.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import Any

__all__ = [
    "API_KEY",
    "STORE_ID",
    "file_id",
    "file_object",
    "file_search_response",
    "files_page",
    "response_events",
    "response_stream",
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


# --- Responses: recorded answers, read where they are (never copied into the project) ------------

RESPONSES_TRAFFIC = Path(
    os.environ.get(
        "VECTORSTORES_RESPONSES_TRAFFIC", Path(__file__).resolve().parents[2] / "shared" / "responses-traffic"
    )
)
_DOTNET = "openai-dotnet/tests__SessionRecords__ResponsesToolTests__"


@cache
def _recording(name: str) -> list[dict[str, Any]]:
    path = RESPONSES_TRAFFIC / f"{_DOTNET}{name}.json"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: set VECTORSTORES_RESPONSES_TRAFFIC to the responses-traffic folder")
    entries: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["Entries"]
    return entries


def response_events() -> list[dict[str, Any]]:
    """The events of the recorded streamed file-search answer (22 of them)."""
    body = next(e["ResponseBody"] for e in _recording("FileSearchCallStreaming") if isinstance(e["ResponseBody"], list))
    return [json.loads(line[len("data:") :]) for line in body if line.startswith("data:")]


def response_stream(count: int | None = None) -> bytes:
    """The recorded file-search stream as sent (``event:`` and ``data:`` lines), its text delta
    events repeated until it holds ``count`` events (as recorded when None), numbered anew."""
    events = response_events()
    if count is not None:
        deltas = [event for event in events if event["type"] == "response.output_text.delta"]
        first = events.index(deltas[0])
        extra = [deltas[n % len(deltas)] for n in range(max(count - len(events), 0))]
        events = events[:first] + extra + events[first:]
    blocks = []
    for number, event in enumerate(events):
        data = {**event, "sequence_number": number}
        blocks.append(f"event: {event['type']}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n")
    return "".join(blocks).encode()


def file_search_response() -> bytes:
    """The recorded non-streamed file-search ``Response`` (with ``file_search_call.results``)."""
    found = next(
        e["ResponseBody"]
        for e in _recording("FileSearch")
        if isinstance(e["ResponseBody"], dict) and e["ResponseBody"].get("object") == "response"
    )
    return _encode(found)
