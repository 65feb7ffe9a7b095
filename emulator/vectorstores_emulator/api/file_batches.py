"""``/v1/vector_stores/{id}/file_batches``: create, retrieve, cancel, list files."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from .. import real_shapes, serialise
from ..context import Emulator, emulator
from ..errors import invalid, not_found
from ..state import Row
from .common import answer, as_map, chunking, json_body, list_query, live_store, page_of
from .vector_stores import existing_files

__all__ = ["BATCH_PREFIX", "cancel_file_batch", "create_file_batch", "list_files_in_batch", "retrieve_file_batch"]

BATCH_PREFIX = "vsfb_"


def _batch(emu: Emulator, request: Request) -> Row:
    store_id, batch_id = request.path_params["vector_store_id"], request.path_params["batch_id"]
    if not batch_id.startswith(BATCH_PREFIX):
        # The real API refuses a malformed id before looking for it.
        raise invalid(
            "batch_id", f"Invalid 'batch_id': '{batch_id}'. Expected an ID that begins with '{BATCH_PREFIX}'."
        )
    live_store(emu, store_id)
    row = emu.state.batch(store_id, batch_id)
    if row is None:
        raise not_found("VectorStoreFileBatch", batch_id)
    return row


def _batch_answer(emu: Emulator, row: Row) -> Response:
    body = serialise.batch(row, emu.state.batch_counts(row["id"], row["vector_store_id"]))
    return answer(body, emu, processing=body["status"] == "in_progress")


def _members(body: dict[str, Any]) -> list[tuple[str, dict[str, Any], dict[str, int]]]:
    """(file id, attributes, chunking) for each file, from ``file_ids`` or from ``files``."""
    if "file_ids" in body and "files" in body:
        raise invalid("files", "Provide either 'file_ids' or 'files', not both.", "conflicting_parameters")
    attributes = as_map(body.get("attributes"))
    strategy = chunking(body.get("chunking_strategy"))
    if "file_ids" in body:
        return [(file_id, attributes, strategy) for file_id in dict.fromkeys(body["file_ids"])]
    if "files" not in body:
        raise invalid("file_ids", "Missing required parameter: 'file_ids' (or 'files').", "missing_required_parameter")
    members: dict[str, tuple[str, dict[str, Any], dict[str, int]]] = {}
    for position, item in enumerate(body["files"]):
        param = f"files[{position}]"
        own_attributes = as_map(item["attributes"]) if "attributes" in item else attributes
        own_strategy = (
            chunking(item["chunking_strategy"], f"{param}.chunking_strategy")
            if "chunking_strategy" in item
            else strategy
        )
        members[item["file_id"]] = (item["file_id"], own_attributes, own_strategy)
    return list(members.values())


async def create_file_batch(request: Request) -> Response:
    emu = emulator(request)
    store_id = request.path_params["vector_store_id"]
    body = await json_body(request, "/vector_stores/{vector_store_id}/file_batches")
    live_store(emu, store_id, for_change=True)
    members = _members(body)
    by_ids = "file_ids" in body
    existing_files(
        emu, [file_id for file_id, _, _ in members], "file_ids" if by_ids else "files", "" if by_ids else ".file_id"
    )
    batch_id = emu.ids.batch_id()
    emu.state.add_batch(batch_id, store_id)
    emu.state.attach(store_id, members, emu.ready_at(), batch_id=batch_id)
    emu.indexer.wake()
    row = emu.state.batch(store_id, batch_id)
    assert row is not None
    return _batch_answer(emu, row)


async def retrieve_file_batch(request: Request) -> Response:
    emu = emulator(request)
    return _batch_answer(emu, _batch(emu, request))


async def cancel_file_batch(request: Request) -> Response:
    """Cancel what has not finished; a batch that already finished is returned as it is."""
    emu = emulator(request)
    row = _batch(emu, request)
    counts = emu.state.batch_counts(row["id"], row["vector_store_id"])
    if serialise.batch_status(row, counts) == "in_progress":
        emu.state.cancel_batch(row["vector_store_id"], row["id"])
        row = emu.state.batch(row["vector_store_id"], row["id"]) or row
    return _batch_answer(emu, row)


async def list_files_in_batch(request: Request) -> Response:
    emu = emulator(request)
    row = _batch(emu, request)
    query = list_query(request, statuses=True)
    where, params = emu.state.batch_file_filter(row["id"])
    where, params = f"vector_store_id = ? AND {where}", [row["vector_store_id"], *params]
    if query.filter:
        where, params = f"{where} AND status = ?", [*params, query.filter]
    page = page_of(emu, "vector_store_files", where, params, query)
    shaped = real_shapes.batch_item if emu.options.real_shapes else _same
    return answer(serialise.page([shaped(serialise.vector_store_file(r)) for r in page.rows], page.has_more), emu)


def _same(body: dict[str, Any]) -> dict[str, Any]:
    return body
