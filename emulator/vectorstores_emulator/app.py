"""The ASGI application: a route for each operation of the patched document under ``/v1`` (its
handler in the stateful model, or a ``501``), the ``/_emulator`` controls, the error envelope for everything
that goes wrong, and the background indexer's lifetime."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable, Coroutine, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from .api import control, file_batches, files, responses, vector_store_files, vector_stores
from .blobs import Blobs
from .context import Emulator, Options
from .errors import ApiError
from .faults import ServingMiddleware
from .ids import Ids
from .indexing import Indexer
from .ratelimit import RateLimitMiddleware
from .responder import Responder
from .schema import document
from .state import Clock, State

__all__ = ["HANDLERS", "api_routes", "create_app", "not_emulated"]

LOGICAL_START = 1767225600  # 2026-01-01T00:00:00Z, where a seeded emulator's clock starts
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# The stateful model: a handler for each operation it knows, by operationId. Where each one is
# served (method and path) is read from the document, and every other operation of the document
# answers 501 naming itself: a new or moved operation needs no edit here to be served.
HANDLERS: dict[str, Callable[[Request], Coroutine[Any, Any, Response]]] = {
    "createFile": files.create_file,
    "listFiles": files.list_files,
    "retrieveFile": files.retrieve_file,
    "deleteFile": files.delete_file,
    "downloadFile": files.download_file,
    "createVectorStore": vector_stores.create_vector_store,
    "listVectorStores": vector_stores.list_vector_stores,
    "getVectorStore": vector_stores.retrieve_vector_store,
    "modifyVectorStore": vector_stores.update_vector_store,
    "deleteVectorStore": vector_stores.delete_vector_store,
    "searchVectorStore": vector_stores.search_vector_store,
    "createVectorStoreFile": vector_store_files.create_vector_store_file,
    "listVectorStoreFiles": vector_store_files.list_vector_store_files,
    "getVectorStoreFile": vector_store_files.retrieve_vector_store_file,
    "updateVectorStoreFileAttributes": vector_store_files.update_vector_store_file,
    "deleteVectorStoreFile": vector_store_files.delete_vector_store_file,
    "retrieveVectorStoreFileContent": vector_store_files.content_of_vector_store_file,
    "createVectorStoreFileBatch": file_batches.create_file_batch,
    "getVectorStoreFileBatch": file_batches.retrieve_file_batch,
    "cancelVectorStoreFileBatch": file_batches.cancel_file_batch,
    "listFilesInVectorStoreBatch": file_batches.list_files_in_batch,
    "createResponse": responses.create_response,
    "getResponse": responses.retrieve_response,
    "deleteResponse": responses.delete_response,
    "cancelResponse": responses.cancel_response,
    "listInputItems": responses.list_input_items,
    "Getinputtokencounts": responses.count_input_tokens,
    "Compactconversation": responses.compact_conversation,
}

CONTROLS = [
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


def not_emulated(spec: Mapping[str, Any]) -> list[str]:
    """The operationIds of ``spec`` that the stateful model has no handler for."""
    return [op_id for _, _, op_id in _operations(spec) if op_id not in HANDLERS]


def _answer_501(operation_id: str) -> Callable[[Request], Coroutine[Any, Any, Response]]:
    async def endpoint(request: Request) -> Response:
        raise ApiError(501, f"not emulated: {operation_id}", type="not_implemented", code="not_emulated")

    return endpoint


def api_routes(spec: Mapping[str, Any]) -> list[Route]:
    """A route for each operation of ``spec``: its handler, or a ``501 not emulated`` in the API's
    error envelope (so a client meets that rather than an ``Invalid URL`` for a real operation)."""
    # Fixed paths before templated ones, so /responses/compact is not read as a response id.
    operations = sorted(_operations(spec), key=lambda operation: operation[0].count("{"))
    return [
        Route(path, HANDLERS.get(op_id) or _answer_501(op_id), methods=[method]) for path, method, op_id in operations
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
    seed: int | None = None,
    rate_limits: Mapping[str, float] | None = None,
    real_shapes: bool = False,
) -> Starlette:
    """A fresh emulator; state lives under ``data_dir`` (kept across restarts) or in memory.
    ``spec`` (default: the shipped patched document) decides which operations answer ``501``.
    With a ``seed`` a run repeats exactly: ids come from the seed and time is logical, starting
    at ``LOGICAL_START`` and moving one second per API request, so processing that takes
    ``processing_delay_ms`` ends after that many seconds' worth of requests (polls).
    ``rate_limits`` (requests a minute by kind, see ``ratelimit``) turns on 429s past them.
    ``real_shapes`` serves the real API's messier shapes and transitions (``real_shapes``)."""
    if seed is not None and data_dir is not None:
        # A seeded run hands out the same ids again, which state kept from a past run already has.
        raise ValueError("a seeded emulator starts from nothing: it cannot keep state under a data directory")
    if data_dir is not None:
        data_dir.mkdir(parents=True, exist_ok=True)
    options = Options(
        api_key=api_key,
        processing_delay_ms=processing_delay_ms,
        poll_after_ms=poll_after_ms,
        seed=seed,
        real_shapes=real_shapes,
    )
    if max_upload_bytes is not None:
        options = Options(**{**options.__dict__, "max_upload_bytes": max_upload_bytes})
    state = State(data_dir, Clock(None if seed is None else LOGICAL_START))
    blobs = Blobs(data_dir)
    ids = Ids(seed)
    emulator = Emulator(
        options=options,
        state=state,
        blobs=blobs,
        indexer=Indexer(state, blobs),
        responder=Responder(state, ids, processing_delay_ms, live=seed is None),
        ids=ids,
    )

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        # A logical clock moves only with requests, and they index what is due (``_LogicalTime``).
        workers = [] if seed is not None else [emulator.indexer.run(), emulator.responder.run()]
        tasks = [asyncio.create_task(worker) for worker in workers]
        try:
            yield
        finally:
            for task in tasks:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            state.close()

    app = Starlette(
        routes=[*api_routes(document() if spec is None else spec), *CONTROLS],
        exception_handlers={ApiError: _api_error, HTTPException: _http_error},
        lifespan=lifespan,
    )
    app.state.emulator = emulator
    if seed is not None:
        app.add_middleware(_LogicalTime, emulator=emulator)
    if rate_limits:  # inside the serving middleware, so 429s are logged and carry a request id
        app.add_middleware(RateLimitMiddleware, limits=rate_limits)
    app.add_middleware(
        ServingMiddleware,
        faults=emulator.faults,
        log=emulator.log,
        api_key=api_key,
        request_ids=emulator.ids.request_id,
    )
    return app


class _LogicalTime:
    """Each API request moves the logical clock one second, then indexes what is due by then:
    processing ends after a set number of requests, never sooner or later on a busy machine."""

    def __init__(self, app: ASGIApp, *, emulator: Emulator) -> None:
        self.app = app
        self.emulator = emulator

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].startswith("/v1"):
            self.emulator.state.clock.tick()
            await self.emulator.indexer.catch_up()
            await self.emulator.responder.catch_up()
        await self.app(scope, receive, send)
