"""What the handlers share: reading and checking input, list parameters, cursor pages, answers."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

from ..context import Emulator
from ..errors import invalid, not_found
from ..indexing import AUTO_CHUNKING
from ..schema import request_error
from ..serialise import expires_at
from ..state import Page, Row

__all__ = [
    "ListQuery",
    "answer",
    "as_map",
    "chunking",
    "json_body",
    "list_query",
    "live_store",
    "page_of",
    "parse_json",
]

MAX_JSON_BYTES = 4 << 20
# Far deeper than any body the document describes (a compound filter 30 levels down fits);
# deeper ones would exhaust the recursion of the parser, the validator or the filter matcher.
MAX_JSON_DEPTH = 64
_UNPARSABLE = (
    "We could not parse the JSON body of your request. The API expects a JSON payload, "
    "but what was sent was not valid JSON."
)


def parse_json(raw: bytes) -> Any:
    """The JSON value of a request body; a 400 in the API's envelope when it is not JSON or
    is nested more than ``MAX_JSON_DEPTH`` levels."""
    too_deep = invalid(None, f"The JSON body of your request is nested more than {MAX_JSON_DEPTH} levels deep.", None)
    try:
        value = json.loads(raw)
    except RecursionError:  # the parser's own limit, far past ours
        raise too_deep from None
    except (ValueError, UnicodeDecodeError):
        raise invalid(None, _UNPARSABLE, None) from None
    if _deeper_than(value, MAX_JSON_DEPTH):
        raise too_deep
    return value


def _deeper_than(value: Any, limit: int) -> bool:
    """Whether objects and arrays nest more than ``limit`` levels in ``value`` (walked with a
    stack of its own: recursion is what the limit protects)."""
    stack = [(value, 1)] if isinstance(value, (dict, list)) else []
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return False


async def json_body(request: Request, path: str) -> dict[str, Any]:
    """The JSON object sent, checked against the operation's request schema (``path`` is the
    document's path template); anything else is the 400 the real API would send."""
    raw = await request.body()
    if len(raw) > MAX_JSON_BYTES:
        raise invalid(None, f"The request body is larger than {MAX_JSON_BYTES} bytes.", "request_too_large")
    body: Any = parse_json(raw) if raw.strip() else {}
    if not isinstance(body, dict):
        raise invalid(None, "Invalid type for the request body: expected an object.", "invalid_type")
    problem = request_error(path, request.method.lower(), body)
    if problem is not None:
        raise problem
    return body


def as_map(value: Any) -> dict[str, Any]:
    """A map argument (metadata, attributes) that may be null, which means empty. Its limits
    (16 pairs, 64-character keys, 512-character values) are in the patched document and were
    checked with the rest of the body."""
    return dict(value or {})


def chunking(strategy: dict[str, Any] | None, param: str = "chunking_strategy") -> dict[str, int]:
    """The static parameters a strategy stands for; overlap may be at most half the chunk size."""
    if strategy is None or strategy.get("type") == "auto":
        return dict(AUTO_CHUNKING)
    static = strategy["static"]
    size, overlap = static["max_chunk_size_tokens"], static["chunk_overlap_tokens"]
    if overlap < 0 or overlap > size // 2:
        raise invalid(
            f"{param}.static.chunk_overlap_tokens",
            f"Invalid '{param}.static.chunk_overlap_tokens': must be between 0 and half of "
            f"max_chunk_size_tokens ({size // 2}), but got {overlap}.",
        )
    return {"max_chunk_size_tokens": size, "chunk_overlap_tokens": overlap}


def live_store(emulator: Emulator, store_id: str, *, for_change: bool = False) -> Row:
    """The store, or a 404; a store that has expired takes no new files or searches."""
    row = emulator.state.vector_store(store_id)
    if row is None:
        raise not_found("VectorStore", store_id)
    if for_change:
        deadline = expires_at(row)
        if deadline is not None and emulator.state.clock.now() >= deadline:
            raise invalid("vector_store_id", f"Vector store {store_id} has expired.", "vector_store_expired")
    return row


@dataclass(frozen=True)
class ListQuery:
    limit: int
    order: str
    after: str | None
    before: str | None
    filter: str | None


def _integer(request: Request, name: str, default: int, low: int, high: int) -> int:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise invalid(
            name, f"Invalid type for '{name}': expected an integer, but got '{raw}' instead.", "invalid_type"
        ) from None
    if value < low:
        message = f"Invalid '{name}': integer below minimum value. Expected a value >= {low}, but got {value} instead."
        raise invalid(name, message, "integer_below_min_value")
    if value > high:
        message = f"Invalid '{name}': integer above maximum value. Expected a value <= {high}, but got {value} instead."
        raise invalid(name, message, "integer_above_max_value")
    return value


def _choice(request: Request, name: str, allowed: tuple[str, ...], default: str | None) -> str | None:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    if raw not in allowed:
        supported = ", ".join(f"'{item}'" for item in allowed)
        raise invalid(name, f"Invalid value for '{name}': '{raw}'. Supported values are: {supported}.")
    return raw


_FILE_STATUSES = ("in_progress", "completed", "failed", "cancelled")


def list_query(request: Request, *, default_limit: int = 20, max_limit: int = 100, statuses: bool = False) -> ListQuery:
    """``limit``, ``order``, ``after``, ``before`` (and ``filter`` by status where it applies)."""
    return ListQuery(
        limit=_integer(request, "limit", default_limit, 1, max_limit),
        order=_choice(request, "order", ("asc", "desc"), "desc") or "desc",
        after=request.query_params.get("after") or None,
        before=request.query_params.get("before") or None,
        filter=_choice(request, "filter", _FILE_STATUSES, None) if statuses else None,
    )


def page_of(
    emulator: Emulator, table: str, where: str, params: list[Any], query: ListQuery, *, before: bool = True
) -> Page:
    """One page of ``table`` rows within ``where``; a cursor must name a row of the same list."""

    def position(name: str, object_id: str | None) -> int | None:
        if object_id is None:
            return None
        row = emulator.state.one(
            f"SELECT seq FROM {table} WHERE {where} AND id = ?",  # noqa: S608 - fixed fragments
            [*params, object_id],
        )
        if row is None:
            raise invalid(name, f"Invalid '{name}': no object with id '{object_id}' in this list.", "invalid_cursor")
        return int(row["seq"])

    return emulator.state.page(
        table,
        where,
        params,
        limit=query.limit,
        order=query.order,
        after=position("after", query.after),
        before=position("before", query.before) if before else None,
    )


def answer(body: dict[str, Any], emulator: Emulator, *, processing: bool = False) -> JSONResponse:
    """A JSON answer; an object still processing carries the poll hint when one is configured."""
    hint = emulator.options.poll_after_ms
    headers = {"openai-poll-after-ms": str(hint)} if processing and hint is not None else None
    return JSONResponse(body, headers=headers)
