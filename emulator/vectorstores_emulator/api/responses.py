"""``/v1/responses``: create (JSON or an event stream), retrieve (also as a replayed stream),
delete, cancel, input items, input token counts, and compaction."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ..compaction import compact, expand
from ..context import Emulator, emulator
from ..errors import invalid
from ..responder import not_found
from ..response_body import deleted, usage
from ..response_request import input_items, read_ask, unknown_parameters
from ..response_run import count_input
from ..sse import EventStream
from .common import answer, list_query, parse_json

__all__ = [
    "cancel_response",
    "compact_conversation",
    "count_input_tokens",
    "create_response",
    "delete_response",
    "list_input_items",
    "retrieve_response",
]

# What input_tokens and compact read: the create request's conversation parameters.
_COUNT_PARAMETERS = frozenset(
    {"model", "input", "instructions", "tools", "tool_choice", "previous_response_id", "conversation"}
    | {"parallel_tool_calls", "reasoning", "text", "truncation"}
)
_COMPACT_PARAMETERS = frozenset(
    {"model", "input", "instructions", "previous_response_id", "prompt_cache_key", "prompt_cache_options"}
    | {"prompt_cache_retention", "service_tier", "image"}
)


async def _body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    body: Any = parse_json(raw) if raw.strip() else {}
    if not isinstance(body, dict):
        raise invalid(None, "Invalid type for the request body: expected an object.", "invalid_type")
    return body


async def create_response(request: Request) -> Response:
    emu = emulator(request)
    body = await _body(request)
    ask = read_ask(body, emu.state)
    items = input_items(body.get("input"), emu.ids.item_id)
    final, events = emu.responder.create(ask, items)
    if ask.stream:
        return EventStream(events)  # type: ignore[return-value]  # an ASGI answer like Response
    return answer(final, emu)


def _stored(emu: Emulator, response_id: str) -> dict[str, Any]:
    record = emu.responder.records.get(response_id)
    if record is None:
        raise not_found(response_id)
    return record.body


def _starting_after(request: Request) -> int:
    raw = request.query_params.get("starting_after")
    if raw is None:
        return -1
    try:
        return int(raw)
    except ValueError:
        message = f"Invalid type for 'starting_after': expected an integer, but got '{raw}' instead."
        raise invalid("starting_after", message, "invalid_type") from None


async def retrieve_response(request: Request) -> Response:
    """The stored response; with ``stream=true`` its events after ``starting_after`` again
    (waiting for a background response to finish first)."""
    emu = emulator(request)
    response_id = request.path_params["response_id"]
    body = _stored(emu, response_id)
    if request.query_params.get("stream") not in ("true", "1"):
        return answer(body, emu)
    after = _starting_after(request)

    async def replay() -> AsyncIterator[dict[str, Any]]:
        record = await emu.responder.finished(response_id)
        for event in record.events:
            if event["sequence_number"] > after:
                yield event

    return EventStream(replay())  # type: ignore[return-value]


async def delete_response(request: Request) -> Response:
    emu = emulator(request)
    response_id = request.path_params["response_id"]
    if not emu.responder.records.delete(response_id):
        raise not_found(response_id)
    return answer(deleted(response_id), emu)


async def cancel_response(request: Request) -> Response:
    emu = emulator(request)
    return answer(emu.responder.cancel(request.path_params["response_id"]), emu)


def _page(items: list[dict[str, Any]], request: Request) -> tuple[list[dict[str, Any]], bool]:
    """A cursor page of a response's input items: ``desc`` (newest first) unless asked."""
    query = list_query(request)
    ordered = list(reversed(items)) if query.order == "desc" else list(items)
    ids = [item.get("id") for item in ordered]
    for name, cursor in (("after", query.after), ("before", query.before)):
        if cursor is not None and cursor not in ids:
            raise invalid(name, f"Invalid '{name}': no object with id '{cursor}' in this list.", "invalid_cursor")
    if query.before is not None:
        end = ids.index(query.before)
        start = max(0, end - query.limit)
        return ordered[start:end], start > 0
    start = ids.index(query.after) + 1 if query.after is not None else 0
    chosen = ordered[start : start + query.limit]
    return chosen, start + query.limit < len(ordered)


async def list_input_items(request: Request) -> Response:
    emu = emulator(request)
    response_id = request.path_params["response_id"]
    record = emu.responder.records.get(response_id)
    if record is None:
        raise not_found(response_id)
    data, has_more = _page(record.input_items, request)
    body = {
        "object": "list",
        "data": data,
        "first_id": data[0].get("id") if data else None,
        "has_more": has_more,
        "last_id": data[-1].get("id") if data else None,
    }
    return answer(body, emu)


def _conversation(emu: Emulator, body: dict[str, Any]) -> list[dict[str, Any]]:
    """The items a count or compaction reads: the turns before ``previous_response_id``, then
    the input sent (given ids that are not kept: nothing is stored), compactions opened."""
    items = input_items(body.get("input"), emu.ids.item_id)
    previous = body.get("previous_response_id")
    if previous is not None and not isinstance(previous, str):
        raise invalid("previous_response_id", "Invalid type for 'previous_response_id': expected a string.")
    return expand((emu.responder.history(previous) if previous else []) + items)


async def count_input_tokens(request: Request) -> Response:
    """``{"object": "response.input_tokens", "input_tokens": N}``, counted as a create counts
    its input before any search."""
    emu = emulator(request)
    body = await _body(request)
    unknown_parameters(body, _COUNT_PARAMETERS)
    instructions = body.get("instructions")
    count = count_input(_conversation(emu, body), instructions if isinstance(instructions, str) else None)
    return JSONResponse({"object": "response.input_tokens", "input_tokens": count})


async def compact_conversation(request: Request) -> Response:
    """A ``response.compaction``: the user's messages kept, the rest folded into one item."""
    emu = emulator(request)
    body = await _body(request)
    unknown_parameters(body, _COMPACT_PARAMETERS)
    if "model" not in body:
        raise invalid("model", "Missing required parameter: 'model'.", "missing_required_parameter")
    conversation = _conversation(emu, body)
    instructions = body.get("instructions")
    output = compact(conversation, emu.ids.item_id)
    counted_in = count_input(conversation, instructions if isinstance(instructions, str) else None)
    counted_out = sum(len(str(item.get("encrypted_content", ""))) // 4 for item in output)
    found = {
        "id": emu.ids.item_id("resp"),
        "object": "response.compaction",
        "created_at": emu.state.now(),
        "output": output,
        "usage": usage(counted_in, counted_out),
    }
    return answer(found, emu)
