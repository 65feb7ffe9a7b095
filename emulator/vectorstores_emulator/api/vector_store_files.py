"""``/v1/vector_stores/{id}/files``: attach, list, retrieve, update attributes, detach, content."""

from __future__ import annotations

from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from .. import real_shapes, serialise
from ..context import Emulator, emulator
from ..errors import not_found
from ..indexing import Unreadable, extract_text
from ..state import Row
from .common import answer, as_map, chunking, json_body, list_query, live_store, page_of
from .vector_stores import existing_file

__all__ = [
    "content_of_vector_store_file",
    "create_vector_store_file",
    "delete_vector_store_file",
    "list_vector_store_files",
    "retrieve_vector_store_file",
    "update_vector_store_file",
]

_ITEM = "/vector_stores/{vector_store_id}/files/{file_id}"


def attached(emu: Emulator, request: Request) -> Row:
    """The store's copy of a file, or a 404 for whichever of the two is unknown."""
    store_id, file_id = request.path_params["vector_store_id"], request.path_params["file_id"]
    live_store(emu, store_id)
    row = emu.state.vector_store_file(store_id, file_id)
    if row is None:
        raise not_found("VectorStoreFile", file_id)
    return row


def file_answer(emu: Emulator, row: Row, *, attach: bool = False) -> Response:
    body = serialise.vector_store_file(row)
    if emu.options.real_shapes:
        body = real_shapes.attached(body) if attach else real_shapes.store_file(body)
    return answer(body, emu, processing=body["status"] == "in_progress")


async def create_vector_store_file(request: Request) -> Response:
    emu = emulator(request)
    store_id = request.path_params["vector_store_id"]
    body = await json_body(request, "/vector_stores/{vector_store_id}/files")
    live_store(emu, store_id, for_change=True)
    attributes = as_map(body.get("attributes"))
    strategy = chunking(body.get("chunking_strategy"))
    file_id = body["file_id"]
    existing_file(emu, file_id, "file_id")
    emu.state.attach(store_id, [(file_id, attributes, strategy)], emu.ready_at())
    emu.indexer.wake()
    row = emu.state.vector_store_file(store_id, file_id)
    assert row is not None
    return file_answer(emu, row, attach=True)


async def list_vector_store_files(request: Request) -> Response:
    emu = emulator(request)
    store_id = request.path_params["vector_store_id"]
    query = list_query(request, statuses=True)
    live_store(emu, store_id)
    where, params = "vector_store_id = ?", [store_id]
    if query.filter:
        where, params = f"{where} AND status = ?", [*params, query.filter]
    page = page_of(emu, "vector_store_files", where, params, query)
    shaped = real_shapes.store_file if emu.options.real_shapes else _same
    return answer(serialise.page([shaped(serialise.vector_store_file(row)) for row in page.rows], page.has_more), emu)


async def retrieve_vector_store_file(request: Request) -> Response:
    emu = emulator(request)
    return file_answer(emu, attached(emu, request))


async def update_vector_store_file(request: Request) -> Response:
    emu = emulator(request)
    body = await json_body(request, _ITEM)
    row = attached(emu, request)
    emu.state.set_attributes(row["vector_store_id"], row["id"], as_map(body.get("attributes")))
    updated = emu.state.vector_store_file(row["vector_store_id"], row["id"])
    assert updated is not None
    return file_answer(emu, updated)


async def delete_vector_store_file(request: Request) -> Response:
    emu = emulator(request)
    row = attached(emu, request)
    emu.state.detach(row["vector_store_id"], row["id"])
    return answer(serialise.store_file_deleted(row["id"]), emu)


async def content_of_vector_store_file(request: Request) -> Response:
    """The text the store indexed for the file: empty until indexing has finished."""
    emu = emulator(request)
    row = attached(emu, request)
    data = []
    if row["status"] == "completed":
        source = emu.state.file(row["id"])
        if source is not None:
            blob = await run_in_threadpool(emu.blobs.read, row["id"])
            try:
                data = [{"type": "text", "text": extract_text(source["filename"], blob)}]
            except Unreadable:
                data = []
    body = {"object": "vector_store.file_content.page", "data": data, "has_more": False, "next_page": None}
    return answer(body, emu)


def _same(body: dict[str, Any]) -> dict[str, Any]:
    return body
