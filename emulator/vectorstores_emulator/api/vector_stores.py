"""``/v1/vector_stores``: create, list, retrieve, update, delete, search."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from .. import serialise
from ..context import Emulator, emulator
from ..errors import invalid, not_found
from ..search import check_filter, matches, rank
from ..state import Row, loads
from .common import answer, as_map, chunking, json_body, list_query, live_store, page_of

__all__ = [
    "create_vector_store",
    "delete_vector_store",
    "list_vector_stores",
    "retrieve_vector_store",
    "search_vector_store",
    "update_vector_store",
]


def store_json(emu: Emulator, row: Row) -> tuple[dict[str, Any], bool]:
    """The store as JSON, and whether it is still processing."""
    counts, usage = emu.state.store_counts(row["id"])
    body = serialise.vector_store(row, counts, usage, emu.state.clock.now())
    return body, body["status"] == "in_progress"


def _store_answer(emu: Emulator, store_id: str) -> Response:
    row = emu.state.vector_store(store_id)
    if row is None:
        raise not_found("VectorStore", store_id)
    body, processing = store_json(emu, row)
    return answer(body, emu, processing=processing)


def existing_files(emu: Emulator, file_ids: list[str], param: str, field: str = "") -> None:
    """Every id names an uploaded file, or a 404 for the first that does not (``param`` names the
    list, ``field`` the key of each item that holds the id, if the items are objects)."""
    for position, file_id in enumerate(file_ids):
        if emu.state.file(file_id) is None:
            error = not_found("File", file_id)
            error.param = f"{param}[{position}]{field}"
            raise error


def existing_file(emu: Emulator, file_id: str, param: str) -> None:
    """The id names an uploaded file, or a 404 naming ``param``."""
    if emu.state.file(file_id) is None:
        error = not_found("File", file_id)
        error.param = param
        raise error


async def create_vector_store(request: Request) -> Response:
    emu = emulator(request)
    body = await json_body(request, "/vector_stores")
    metadata = as_map(body.get("metadata"))
    strategy = chunking(body.get("chunking_strategy"))
    file_ids = list(dict.fromkeys(body.get("file_ids", [])))
    existing_files(emu, file_ids, "file_ids")
    store_id = emu.ids.vector_store_id()
    emu.state.add_vector_store(
        store_id,
        name=body.get("name"),
        description=body.get("description"),
        metadata=metadata,
        expires_after=body.get("expires_after"),
    )
    if file_ids:
        emu.state.attach(store_id, [(file_id, {}, strategy) for file_id in file_ids], emu.ready_at())
        emu.indexer.wake()
    return _store_answer(emu, store_id)


async def list_vector_stores(request: Request) -> Response:
    emu = emulator(request)
    page = page_of(emu, "vector_stores", "1 = 1", [], list_query(request))
    items = [store_json(emu, row)[0] for row in page.rows]
    return answer(serialise.page(items, page.has_more), emu)


async def retrieve_vector_store(request: Request) -> Response:
    return _store_answer(emulator(request), request.path_params["vector_store_id"])


async def update_vector_store(request: Request) -> Response:
    emu = emulator(request)
    store_id = request.path_params["vector_store_id"]
    body = await json_body(request, "/vector_stores/{vector_store_id}")
    live_store(emu, store_id, for_change=True)  # an expired store stays expired
    if "metadata" in body:
        body["metadata"] = as_map(body["metadata"])
    emu.state.update_vector_store(store_id, body)
    return _store_answer(emu, store_id)


async def delete_vector_store(request: Request) -> Response:
    emu = emulator(request)
    store_id = request.path_params["vector_store_id"]
    live_store(emu, store_id)
    emu.state.delete_vector_store(store_id)
    return answer(serialise.store_deleted(store_id), emu)


async def search_vector_store(request: Request) -> Response:
    emu = emulator(request)
    store_id = request.path_params["vector_store_id"]
    body = await json_body(request, "/vector_stores/{vector_store_id}/search")
    live_store(emu, store_id, for_change=True)
    query = body["query"]
    queries = [query] if isinstance(query, str) else list(query)
    if not queries or not any(text.strip() for text in queries):
        raise invalid("query", "Invalid 'query': expected a non-empty string or list of strings.", "empty_string")
    filters = body.get("filters")
    if filters is not None:
        check_filter(filters)
    limit = body.get("max_num_results", 10)
    threshold = body.get("ranking_options", {}).get("score_threshold", 0.0)
    chunks = emu.state.chunks(store_id)
    if filters is not None:
        chunks = [row for row in chunks if matches(filters, loads(row["attributes"]) or {})]
    hits = [hit for hit in rank(queries, [row["text"] for row in chunks]) if hit.score >= threshold][:limit]
    emu.state.touch(store_id)
    results = [
        {
            "file_id": chunks[hit.index]["file_id"],
            "filename": chunks[hit.index]["filename"],
            "score": round(hit.score, 6),
            "attributes": loads(chunks[hit.index]["attributes"]),
            "content": [{"type": "text", "text": chunks[hit.index]["text"]}],
        }
        for hit in hits
    ]
    page = {
        "object": "vector_store.search_results.page",
        "search_query": queries,
        "data": results,
        "has_more": False,
        "next_page": None,
    }
    return answer(page, emu)
