"""Shared helpers of the overlay tests: a fake clock, a request router, and client factories."""

from __future__ import annotations

import inspect
import json
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx2
import pytest
from vectorstores import AsyncOpenAI, OpenAI
from vectorstores._clock import Clock

BASE_URL = "https://api.test/v1"
API_KEY = "sk-test-secret-key"


class FakeClock(Clock):
    """A clock that never waits: sleeps are recorded and move ``now`` forward."""

    def __init__(self, start: float = 1000.0) -> None:
        self._now = start
        self.sleeps: list[float] = []
        self._lock = threading.Lock()

    def now(self) -> float:
        return self._now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.sleeps.append(seconds)
            self._now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


@dataclass
class Reply:
    """A canned answer; a fresh httpx2.Response is built from it every time it is used."""

    status: int = 200
    json: Any = None
    headers: dict[str, str] = field(default_factory=dict)

    def build(self) -> httpx2.Response:
        if self.json is None:
            return httpx2.Response(self.status, headers=self.headers)
        return httpx2.Response(self.status, json=self.json, headers=self.headers)


Handler = Callable[[httpx2.Request], "httpx2.Response | Reply | Awaitable[httpx2.Response | Reply]"]
Answer = Reply | Handler | Exception


class Recorder:
    """Records every request and answers it by method and path (the part after ``/v1``).

    Each route holds a queue of answers: a Reply, a handler called with the request, or an
    exception to raise (e.g. ``httpx2.ConnectError``). The last answer of a queue repeats.
    """

    def __init__(self) -> None:
        self.requests: list[httpx2.Request] = []
        self._routes: dict[tuple[str, str], list[Answer]] = {}
        self._lock = threading.Lock()

    def add(self, method: str, path: str, *answers: Answer) -> Recorder:
        assert answers, "a route needs at least one answer"
        self._routes.setdefault((method.upper(), path), []).extend(answers)
        return self

    def _next(self, request: httpx2.Request) -> Answer:
        path = request.url.path
        prefix = httpx2.URL(BASE_URL).path
        if path.startswith(prefix):
            path = path[len(prefix) :]
        with self._lock:
            self.requests.append(request)
            queue = self._routes.get((request.method, path))
            if not queue:
                return Reply(599, {"error": {"message": f"no route for {request.method} {path}"}})
            return queue.pop(0) if len(queue) > 1 else queue[0]

    @staticmethod
    def _finish(result: httpx2.Response | Reply) -> httpx2.Response:
        return result.build() if isinstance(result, Reply) else result

    def handle(self, request: httpx2.Request) -> httpx2.Response:
        """The MockTransport handler of a sync client."""
        answer = self._next(request)
        if isinstance(answer, Exception):
            raise answer
        if isinstance(answer, Reply):
            return answer.build()
        result = answer(request)
        assert not inspect.isawaitable(result), "async handlers only work with the async client"
        return self._finish(result)

    async def ahandle(self, request: httpx2.Request) -> httpx2.Response:
        """The MockTransport handler of an async client (route handlers may be coroutines)."""
        answer = self._next(request)
        if isinstance(answer, Exception):
            raise answer
        if isinstance(answer, Reply):
            return answer.build()
        result = answer(request)
        if inspect.isawaitable(result):
            result = await result
        return self._finish(result)

    # --- reading what was sent ---------------------------------------------------------------

    def calls(self) -> list[tuple[str, str]]:
        """(method, path) of every request, the ``/v1`` prefix included."""
        return [(r.method, r.url.path) for r in self.requests]

    def matching(self, method: str, path: str) -> list[httpx2.Request]:
        return [r for r in self.requests if r.method == method and r.url.path == "/v1" + path]

    def __len__(self) -> int:
        return len(self.requests)


def body_json(request: httpx2.Request) -> Any:
    return json.loads(request.content)


def multipart_filename(request: httpx2.Request) -> str:
    """The ``filename`` of the (only) file part of a multipart request."""
    content = request.content
    marker = b'filename="'
    start = content.index(marker) + len(marker)
    return content[start : content.index(b'"', start)].decode()


# --- canned objects -----------------------------------------------------------------------------


def file_counts(**counts: int) -> dict[str, int]:
    base = {"in_progress": 0, "completed": 0, "failed": 0, "cancelled": 0, "total": 0}
    return {**base, **counts}


def vector_store(store_id: str = "vs_1", name: str = "n") -> dict[str, Any]:
    return {
        "id": store_id,
        "object": "vector_store",
        "created_at": 1,
        "name": name,
        "usage_bytes": 0,
        "file_counts": file_counts(),
        "status": "completed",
        "last_active_at": None,
        "metadata": None,
    }


def store_list(ids: list[str], has_more: bool) -> dict[str, Any]:
    return {
        "object": "list",
        "data": [vector_store(i) for i in ids],
        "first_id": ids[0] if ids else None,
        "last_id": ids[-1] if ids else None,
        "has_more": has_more,
    }


def vs_file(file_id: str = "file-1", status: str = "completed", vector_store_id: str = "vs_1") -> dict[str, Any]:
    return {
        "id": file_id,
        "object": "vector_store.file",
        "created_at": 1,
        "vector_store_id": vector_store_id,
        "usage_bytes": 0,
        "status": status,
        "last_error": None,
    }


def batch(batch_id: str = "vsfb_1", status: str = "completed", vector_store_id: str = "vs_1") -> dict[str, Any]:
    return {
        "id": batch_id,
        "object": "vector_store.file_batch",
        "created_at": 1,
        "vector_store_id": vector_store_id,
        "status": status,
        "file_counts": file_counts(),
    }


def file_object(file_id: str = "file-1", filename: str = "a.txt", size: int = 3) -> dict[str, Any]:
    return {
        "id": file_id,
        "object": "file",
        "bytes": size,
        "created_at": 1,
        "filename": filename,
        "purpose": "assistants",
        "status": "processed",
    }


def file_deleted(file_id: str = "file-1") -> dict[str, Any]:
    return {"id": file_id, "object": "file", "deleted": True}


# --- fixtures -----------------------------------------------------------------------------------


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


MakeClient = Callable[..., OpenAI]
MakeAsyncClient = Callable[..., AsyncOpenAI]


@pytest.fixture
def make_client(recorder: Recorder, clock: FakeClock) -> Iterator[MakeClient]:
    """Build sync clients on the recorder; keyword arguments go to ``OpenAI``."""
    made: list[OpenAI] = []

    def make(**kwargs: Any) -> OpenAI:
        options: dict[str, Any] = {
            "api_key": API_KEY,
            "base_url": BASE_URL,
            "max_retries": 2,
            "http_client": httpx2.Client(transport=httpx2.MockTransport(recorder.handle)),
            "_clock": clock,
            **kwargs,
        }
        client = OpenAI(**options)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def client(make_client: MakeClient) -> OpenAI:
    return make_client()


@pytest.fixture
def make_async_client(recorder: Recorder, clock: FakeClock) -> MakeAsyncClient:
    """Build async clients on the recorder; close them inside the test's event loop."""

    def make(**kwargs: Any) -> AsyncOpenAI:
        options: dict[str, Any] = {
            "api_key": API_KEY,
            "base_url": BASE_URL,
            "max_retries": 2,
            "http_client": httpx2.AsyncClient(transport=httpx2.MockTransport(recorder.ahandle)),
            "_clock": clock,
            **kwargs,
        }
        return AsyncOpenAI(**options)

    return make


async def collect(iterator: AsyncIterator[Any]) -> list[Any]:
    return [item async for item in iterator]
