"""Garbage from a server: an HTML error page, JSON that is not JSON, an empty 200, a list where an
object belongs. Each becomes a typed SDK error carrying the status and an excerpt of the body
(APIStatusError for a non-2xx, APIResponseValidationError for a 2xx that is not the JSON object
expected); never an AttributeError, KeyError or TypeError from inside the SDK.

A 2xx JSON object that lacks fields is not an error: parsing is lenient by design (see
``vectorstores_raw.types``), so fields read None and none is in ``model_fields_set``; the
multi-step helpers, which need the id of what they just created, refuse to go on without one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx2
import pytest
from vectorstores import (
    APIError,
    APIResponseValidationError,
    APIStatusError,
    AsyncOpenAI,
    BadRequestError,
    BatchUploadError,
    InternalServerError,
    OpenAI,
    OpenAIError,
)

from .conftest import Report

BASE_URL = "https://api.test/v1"
HTML_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1>"
    b"</center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)
INTERNAL = (AttributeError, KeyError, TypeError, IndexError)  # what would mean the SDK tripped over it


@dataclass(frozen=True)
class Garbage:
    """A bad answer, and what the SDK must make of it."""

    name: str
    status: int
    body: bytes
    content_type: str
    error: type[OpenAIError]
    excerpt: str  # a part of the body the error message must quote

    def response(self) -> httpx2.Response:
        return httpx2.Response(self.status, content=self.body, headers={"content-type": self.content_type})


# fmt: off
GARBAGE = [
    Garbage("HTML 502 page", 502, HTML_502, "text/html", InternalServerError, "502 Bad Gateway"),
    Garbage("invalid JSON, 200", 200, b"{not: json,", "application/json", APIResponseValidationError, "{not: json,"),
    Garbage("empty body, 200", 200, b"", "application/json", APIResponseValidationError, "not valid JSON"),
    Garbage("JSON list, 200", 200, b'[{"id": "vs_1"}]', "application/json", APIResponseValidationError,
            "expected a JSON object, got list"),
    Garbage("truncated JSON, 200", 200, b'{"id": "vs_1", "object": "vector_st', "application/json",
            APIResponseValidationError, '"object": "vector_st'),
    Garbage("JSON null, 200", 200, b"null", "application/json", APIResponseValidationError, "got NoneType"),
    Garbage("HTML page, 200", 200, b"<html><body>Welcome to our portal</body></html>", "text/html",
            APIResponseValidationError, "Welcome to our portal"),
    Garbage("empty body, 500", 500, b"", "text/plain", InternalServerError, "(empty body)"),
    Garbage("error envelope not an object, 400", 400, b'{"error": "bad things"}', "application/json",
            BadRequestError, "bad things"),
    Garbage("JSON list, 404", 404, b"[1, 2]", "application/json", APIStatusError, "[1, 2]"),
]
# fmt: on

OPERATIONS: dict[str, Callable[[OpenAI], object]] = {
    "vector_stores.retrieve": lambda c: c.vector_stores.retrieve("vs_1"),
    "vector_stores.list": lambda c: list(c.vector_stores.list()),
    "vector_stores.search": lambda c: list(c.vector_stores.search("vs_1", query="q")),
    "vector_stores.create": lambda c: c.vector_stores.create(name="n"),
    "files.create": lambda c: c.files.create(file=("a.txt", b"hello"), purpose="assistants"),
    "vector_stores.files.poll": lambda c: c.vector_stores.files.poll("file-1", vector_store_id="vs_1"),
}


class Server:
    """A transport answering ``default`` to everything, except routes given their own answer."""

    def __init__(self, default: Callable[[], httpx2.Response]) -> None:
        self.default = default
        self.routes: dict[tuple[str, str], Callable[[], httpx2.Response]] = {}
        self.requests: list[httpx2.Request] = []

    def handle(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        path = request.url.path.removeprefix("/v1")
        return self.routes.get((request.method, path), self.default)()

    async def ahandle(self, request: httpx2.Request) -> httpx2.Response:
        return self.handle(request)

    def calls(self) -> list[str]:
        return [f"{r.method} {r.url.path.removeprefix('/v1')}" for r in self.requests]


def _client(server: Server) -> OpenAI:
    http = httpx2.Client(transport=httpx2.MockTransport(server.handle))
    return OpenAI(api_key="sk-test-garbage", base_url=BASE_URL, max_retries=0, http_client=http)


def _raised(call: Callable[[], object]) -> tuple[object, Exception | None]:
    try:
        return call(), None
    except Exception as error:
        return None, error


def _describe(result: object, raised: Exception | None) -> str:
    if raised is None:
        return f"returned {result!r}"[:200]
    status = getattr(raised, "status_code", None)
    return f"{type(raised).__name__} (status {status}): {raised}"[:300]


def _typed(garbage: Garbage, raised: Exception | None) -> bool:
    """The expected SDK error, with the status and the body excerpt in what it says."""
    return (
        isinstance(raised, garbage.error)
        and not isinstance(raised, INTERNAL)
        and getattr(raised, "status_code", None) == garbage.status
        and garbage.excerpt in str(raised)
        and str(garbage.status) in str(raised)
    )


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("garbage", GARBAGE, ids=lambda garbage: garbage.name)
def test_garbage_becomes_a_typed_error(garbage: Garbage, operation: str, report: Report) -> None:
    """Each garbage answer to each operation is the typed error with status and excerpt."""
    server = Server(garbage.response)
    with _client(server) as client:
        result, raised = _raised(lambda: OPERATIONS[operation](client))
    report.check(
        f"{operation} <- {garbage.name}",
        f"{garbage.error.__name__}, status {garbage.status}, quoting {garbage.excerpt!r}",
        _describe(result, raised),
        _typed(garbage, raised) and len(server.requests) == 1,
    )


# --- a JSON object missing everything: lenient results, helpers that stop ---------------------------------------


def _empty_object() -> httpx2.Response:
    return httpx2.Response(200, json={})


LENIENT: dict[str, tuple[Callable[[OpenAI], Any], Callable[[Any], bool], str]] = {
    "vector_stores.retrieve": (
        lambda c: c.vector_stores.retrieve("vs_1"),
        lambda store: store.id is None and store.status is None and not store.model_fields_set,
        "a VectorStore whose fields read None, none of them set",
    ),
    "vector_stores.create": (
        lambda c: c.vector_stores.create(name="n"),
        lambda store: store.id is None and not store.model_fields_set,
        "a VectorStore whose fields read None, none of them set",
    ),
    "vector_stores.list": (
        lambda c: c.vector_stores.list(),
        lambda page: list(page) == [] and not page.has_more and not page.has_next_page(),
        "an empty last page",
    ),
    "vector_stores.search": (
        lambda c: c.vector_stores.search("vs_1", query="q"),
        lambda page: list(page) == [] and page.has_more is False,
        "an empty page",
    ),
}


@pytest.mark.parametrize("operation", LENIENT)
def test_object_missing_everything_is_lenient(operation: str, report: Report) -> None:
    """``{}`` with 200 parses to a result with nothing set, never an exception from inside."""
    call, fits, expected = LENIENT[operation]
    server = Server(_empty_object)
    with _client(server) as client:
        result, raised = _raised(lambda: call(client))
        passed = raised is None and fits(result)
    report.check(
        f"{operation} <- JSON object missing everything, 200",
        f"{expected} (lenient parsing), no exception",
        _describe(result, raised),
        passed,
    )


def test_page_whose_data_is_not_a_list(report: Report) -> None:
    """``data: 5`` with ``has_more: true`` is an empty page that stops, not a loop or a crash."""
    server = Server(lambda: httpx2.Response(200, json={"object": "list", "data": 5, "has_more": True}))
    with _client(server) as client:
        result, raised = _raised(lambda: list(client.vector_stores.list()))
    report.check(
        "vector_stores.list <- page with data 5 and has_more true",
        "no items, one request, no exception",
        f"{_describe(result, raised)}; {len(server.requests)} request(s)",
        raised is None and result == [] and len(server.requests) == 1,
    )


@dataclass(frozen=True)
class HelperCase:
    name: str
    call: Callable[[OpenAI], object]
    empty_route: tuple[str, str]  # the one route that answers {}; the others answer properly
    error: type[OpenAIError]
    words: str
    requests: list[str]  # what must have been sent, in order


def _store_file(status: str = "completed") -> httpx2.Response:
    return httpx2.Response(
        200,
        json={
            "id": "file-1",
            "object": "vector_store.file",
            "status": status,
            "vector_store_id": "vs_1",
            "created_at": 1,
            "usage_bytes": 0,
        },
    )


def _uploaded() -> httpx2.Response:
    return httpx2.Response(
        200,
        json={
            "id": "file-1",
            "object": "file",
            "bytes": 5,
            "created_at": 1,
            "filename": "a.txt",
            "purpose": "assistants",
        },
    )


# fmt: off
HELPER_CASES = [
    HelperCase("vector_stores.files.upload_and_poll, upload answers {}",
               lambda c: c.vector_stores.files.upload_and_poll(vector_store_id="vs_1", file=("a.txt", b"hello")),
               ("POST", "/files"), APIError, "files.create answered without a usable id", ["POST /files"]),
    HelperCase("vector_stores.files.upload_and_poll, attach answers {}",
               lambda c: c.vector_stores.files.upload_and_poll(vector_store_id="vs_1", file=("a.txt", b"hello")),
               ("POST", "/vector_stores/vs_1/files"), APIError,
               "vector_stores.files.create answered without a usable id",
               ["POST /files", "POST /vector_stores/vs_1/files"]),
    HelperCase("file_batches.create_and_poll, create answers {}",
               lambda c: c.vector_stores.file_batches.create_and_poll("vs_1", file_ids=["file-1"]),
               ("POST", "/vector_stores/vs_1/file_batches"), APIError,
               "vector_stores.file_batches.create answered without a usable id",
               ["POST /vector_stores/vs_1/file_batches"]),
    HelperCase("file_batches.upload_and_poll, upload answers {}",
               lambda c: c.vector_stores.file_batches.upload_and_poll("vs_1", files=[("a.txt", b"hello")]),
               ("POST", "/files"), BatchUploadError, "files.create answered without a usable id", ["POST /files"]),
]
# fmt: on


@pytest.mark.parametrize("case", HELPER_CASES, ids=lambda case: case.name)
def test_helper_stops_on_an_answer_without_id(case: HelperCase, report: Report) -> None:
    """A helper whose next request needs an id it was not given raises a typed error and sends
    nothing more (no request without the id, no TypeError from inside)."""
    server = Server(lambda: httpx2.Response(599, json={"error": {"message": "unexpected request"}}))
    server.routes[("POST", "/files")] = _uploaded
    server.routes[("POST", "/vector_stores/vs_1/files")] = _store_file
    server.routes[("GET", "/vector_stores/vs_1/files/file-1")] = _store_file
    server.routes[case.empty_route] = _empty_object
    with _client(server) as client:
        result, raised = _raised(lambda: case.call(client))
    passed = isinstance(raised, case.error) and case.words in str(raised) and server.calls() == case.requests
    report.check(
        case.name,
        f"{case.error.__name__} saying {case.words!r}; sent only {case.requests}",
        f"{_describe(result, raised)}; sent {server.calls()}",
        passed,
    )


# --- the async client ---------------------------------------------------------------------------------------


ASYNC_OPERATIONS: dict[str, Callable[[AsyncOpenAI], Any]] = {
    "async vector_stores.retrieve": lambda c: c.vector_stores.retrieve("vs_1"),
    "async vector_stores.list": lambda c: c.vector_stores.list(),
    "async vector_stores.search": lambda c: c.vector_stores.search("vs_1", query="q"),
}


@pytest.mark.asyncio
@pytest.mark.parametrize("operation", ASYNC_OPERATIONS)
@pytest.mark.parametrize("garbage", [GARBAGE[0], GARBAGE[1], GARBAGE[3]], ids=lambda garbage: garbage.name)
async def test_async_garbage_becomes_a_typed_error(garbage: Garbage, operation: str, report: Report) -> None:
    """The async client types the same garbage the same way."""
    server = Server(garbage.response)
    http = httpx2.AsyncClient(transport=httpx2.MockTransport(server.ahandle))
    client = AsyncOpenAI(api_key="sk-test-garbage", base_url=BASE_URL, max_retries=0, http_client=http)
    raised: Exception | None = None
    try:
        await ASYNC_OPERATIONS[operation](client)
    except Exception as error:
        raised = error
    finally:
        await client.close()
    report.check(
        f"{operation} <- {garbage.name}",
        f"{garbage.error.__name__}, status {garbage.status}, quoting {garbage.excerpt!r}",
        _describe(None, raised),
        _typed(garbage, raised),
    )
