"""The ASGI application: routes for the 21 operations under ``/v1``, a ``501`` for any other
operation of the patched document, the ``/_emulator`` controls, the error envelope for everything
that goes wrong, and the background indexer's lifetime."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable, Coroutine, Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .api import control, file_batches, files, vector_store_files, vector_stores
from .blobs import Blobs
from .context import Emulator, Options
from .errors import ApiError
from .faults import ServingMiddleware
from .indexing import Indexer
from .ratelimit import RateLimitMiddleware
from .schema import document
from .state import Clock, State

__all__ = ["create_app", "fallback_routes", "not_emulated"]

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

_STORE = "/v1/vector_stores/{vector_store_id}"
ROUTES = [
    Route("/v1/files", files.create_file, methods=["POST"]),
    Route("/v1/files", files.list_files, methods=["GET"]),
    Route("/v1/files/{file_id}", files.retrieve_file, methods=["GET"]),
    Route("/v1/files/{file_id}", files.delete_file, methods=["DELETE"]),
    Route("/v1/files/{file_id}/content", files.download_file, methods=["GET"]),
    Route("/v1/vector_stores", vector_stores.create_vector_store, methods=["POST"]),
    Route("/v1/vector_stores", vector_stores.list_vector_stores, methods=["GET"]),
    Route(_STORE, vector_stores.retrieve_vector_store, methods=["GET"]),
    Route(_STORE, vector_stores.update_vector_store, methods=["POST"]),
    Route(_STORE, vector_stores.delete_vector_store, methods=["DELETE"]),
    Route(f"{_STORE}/search", vector_stores.search_vector_store, methods=["POST"]),
    Route(f"{_STORE}/files", vector_store_files.create_vector_store_file, methods=["POST"]),
    Route(f"{_STORE}/files", vector_store_files.list_vector_store_files, methods=["GET"]),
    Route(f"{_STORE}/files/{{file_id}}", vector_store_files.retrieve_vector_store_file, methods=["GET"]),
    Route(f"{_STORE}/files/{{file_id}}", vector_store_files.update_vector_store_file, methods=["POST"]),
    Route(f"{_STORE}/files/{{file_id}}", vector_store_files.delete_vector_store_file, methods=["DELETE"]),
    Route(f"{_STORE}/files/{{file_id}}/content", vector_store_files.content_of_vector_store_file, methods=["GET"]),
    Route(f"{_STORE}/file_batches", file_batches.create_file_batch, methods=["POST"]),
    Route(f"{_STORE}/file_batches/{{batch_id}}", file_batches.retrieve_file_batch, methods=["GET"]),
    Route(f"{_STORE}/file_batches/{{batch_id}}/cancel", file_batches.cancel_file_batch, methods=["POST"]),
    Route(f"{_STORE}/file_batches/{{batch_id}}/files", file_batches.list_files_in_batch, methods=["GET"]),
    Route("/_emulator/health", control.health, methods=["GET"]),
    Route("/_emulator/faults", control.arm_faults, methods=["POST"]),
    Route("/_emulator/faults", control.list_faults, methods=["GET"]),
    Route("/_emulator/faults", control.clear_faults, methods=["DELETE"]),
    Route("/_emulator/requests", control.requests, methods=["GET"]),
    Route("/_emulator/requests", control.clear_requests, methods=["DELETE"]),
    Route("/_emulator/reset", control.reset, methods=["POST"]),
    Route("/_emulator/clock", control.advance_clock, methods=["POST"]),
]


def _operations(spec: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """``(served path, METHOD, operationId)`` for each operation; the served path carries the
    server URL's path (``/v1``) because the document's paths are relative to it."""
    servers = spec.get("servers") or [{"url": ""}]
    prefix = urlsplit(str(servers[0].get("url", ""))).path.rstrip("/")
    found = []
    for path, item in spec.get("paths", {}).items():
        for method in _METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if isinstance(operation, dict):
                found.append((prefix + path, method.upper(), str(operation.get("operationId", f"{method} {path}"))))
    return found


def _served(routes: Sequence[Route], path: str, method: str) -> bool:
    return any(route.path == path and method in (route.methods or ()) for route in routes)


def not_emulated(spec: Mapping[str, Any], routes: Sequence[Route] = ROUTES) -> list[str]:
    """The operationIds of ``spec`` that no route in ``routes`` (no stateful model) serves."""
    return [op_id for path, method, op_id in _operations(spec) if not _served(routes, path, method)]


def _answer_501(operation_id: str) -> Callable[[Request], Coroutine[Any, Any, Response]]:
    async def endpoint(request: Request) -> Response:
        raise ApiError(501, f"not emulated: {operation_id}", type="not_implemented", code="not_emulated")

    return endpoint


def fallback_routes(spec: Mapping[str, Any], routes: Sequence[Route] = ROUTES) -> list[Route]:
    """A ``501 not emulated`` route for each operation of ``spec`` that ``routes`` leaves out, so
    a client meets the API's error envelope rather than an ``Invalid URL`` for a real operation."""
    return [
        Route(path, _answer_501(op_id), methods=[method])
        for path, method, op_id in _operations(spec)
        if not _served(routes, path, method)
    ]


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return exc.response()


async def _http_error(request: Request, exc: Exception) -> Response:
    """Unknown paths and methods, worded as the real API words them."""
    assert isinstance(exc, HTTPException)
    if exc.status_code in (404, 405):
        return ApiError(404, f"Invalid URL ({request.method} {request.url.path})").response()
    return ApiError(exc.status_code, str(exc.detail)).response()


def create_app(
    data_dir: Path | None = None,
    *,
    api_key: str | None = None,
    processing_delay_ms: int = 500,
    poll_after_ms: int | None = None,
    max_upload_bytes: int | None = None,
    spec: Mapping[str, Any] | None = None,
    rate_limits: Mapping[str, float] | None = None,
) -> Starlette:
    """A fresh emulator; state lives under ``data_dir`` (kept across restarts) or in memory.
    ``spec`` (default: the shipped patched document) decides which operations answer ``501``;
    ``rate_limits`` (requests a minute by kind, see ``ratelimit``) turns on 429s past them."""
    if data_dir is not None:
        data_dir.mkdir(parents=True, exist_ok=True)
    options = Options(api_key=api_key, processing_delay_ms=processing_delay_ms, poll_after_ms=poll_after_ms)
    if max_upload_bytes is not None:
        options = Options(**{**options.__dict__, "max_upload_bytes": max_upload_bytes})
    state = State(data_dir, Clock())
    blobs = Blobs(data_dir)
    emulator = Emulator(options=options, state=state, blobs=blobs, indexer=Indexer(state, blobs))

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        worker = asyncio.create_task(emulator.indexer.run())
        try:
            yield
        finally:
            worker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await worker
            state.close()

    app = Starlette(
        routes=[*ROUTES, *fallback_routes(document() if spec is None else spec)],
        exception_handlers={ApiError: _api_error, HTTPException: _http_error},
        lifespan=lifespan,
    )
    app.state.emulator = emulator
    if rate_limits:  # inside the serving middleware, so 429s are logged and carry a request id
        app.add_middleware(RateLimitMiddleware, limits=rate_limits)
    app.add_middleware(ServingMiddleware, faults=emulator.faults, log=emulator.log, api_key=api_key)
    return app
