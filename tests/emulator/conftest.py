"""The emulator served over a real loopback socket for the tests, and every answer it sends
checked against the patched ``openapi.yaml`` (``vectorstores_raw/openapi.json``).

One server runs for the session (uvicorn in a thread, processing delay 50 ms); each test starts
from ``/_emulator/reset`` and, on teardown, fails if any answer it caused breaks the document.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx2
import pytest
import uvicorn
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from vectorstores import AsyncOpenAI, OpenAI
from vectorstores_emulator import create_app
from vectorstores_emulator.schema import document, param_name, response_validator, validator

API_KEY = "sk-emulator-test-key"
PROCESSING_DELAY_MS = 50


@dataclass
class Answer:
    """One answer the emulator sent to a ``/v1`` request."""

    method: str
    path: str
    status: int
    content_type: str
    body: bytes


class AnswerRecorder:
    """ASGI wrapper keeping every ``/v1`` answer, so tests can check them against the document."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.answers: list[Answer] = []
        self._lock = threading.Lock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/v1"):
            await self.app(scope, receive, send)
            return
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def keep(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    headers = {k.decode().lower(): v.decode() for k, v in start.get("headers", [])}
                    answer = Answer(
                        scope["method"],
                        scope["path"],
                        start["status"],
                        headers.get("content-type", ""),
                        b"".join(chunks),
                    )
                    with self._lock:
                        self.answers.append(answer)
            await send(message)

        await self.app(scope, receive, keep)

    def take(self) -> list[Answer]:
        with self._lock:
            taken, self.answers = self.answers, []
        return taken


def _templates() -> list[tuple[re.Pattern[str], str]]:
    """The document's path templates as patterns, most specific first: fewest parameters (so
    /responses/compact is not read as /responses/{response_id}), then longest."""
    found = []
    for template in document()["paths"]:
        pattern = re.sub(r"\{[^/]+\}", "[^/]+", template)
        found.append((re.compile(f"^/v1{pattern}$"), template))
    return sorted(found, key=lambda item: (item[1].count("{"), -len(item[1])))


TEMPLATES = _templates()
ERROR_SCHEMA = validator("/components/schemas/ErrorResponse")


def _declared_without_content(path: str, method: str, status: int) -> bool:
    """Whether the document lists this status with no content at all (openai-python returns None
    there): the real API answers ``DELETE /responses/{id}`` with a JSON body all the same."""
    responses = document()["paths"].get(path, {}).get(method, {}).get("responses", {})
    answer = responses.get(str(status))
    return isinstance(answer, dict) and "$ref" not in answer and not answer.get("content")


def violations(answers: list[Answer]) -> list[str]:
    """What in these answers breaks the document: unknown paths aside, every JSON success must
    match the operation's response schema and every error the ErrorResponse schema."""
    problems = []
    for answer in answers:
        template = next((t for pattern, t in TEMPLATES if pattern.match(answer.path)), None)
        if not answer.content_type.startswith("application/json"):
            continue  # downloads are bytes; the document says so after patching
        body = json.loads(answer.body)
        if answer.status >= 400:
            check = ERROR_SCHEMA
        elif template is None:
            problems.append(f"{answer.method} {answer.path}: {answer.status} for a path the document lacks")
            continue
        else:
            found = response_validator(template, answer.method.lower(), answer.status)
            if found is None and _declared_without_content(template, answer.method.lower(), answer.status):
                continue  # the document describes no body; the real API sends one, which the SDK ignores
            if found is None:
                problems.append(f"{answer.method} {template}: the document has no JSON {answer.status} answer")
                continue
            check = found
        for error in check.iter_errors(body):
            where = param_name(error.absolute_path) or "(root)"
            problems.append(f"{answer.method} {answer.path} -> {answer.status}: {where}: {error.message}")
    return problems


@dataclass
class Served:
    """A running emulator: where it listens and what it answered."""

    base_url: str
    recorder: AnswerRecorder
    server: uvicorn.Server
    thread: threading.Thread
    extra: dict[str, Any] = field(default_factory=dict)
    api_key: str | None = None  # the key it was started with, which its controls need too

    @property
    def root(self) -> str:
        return self.base_url.removesuffix("/v1")


def serve(data_dir: Path | None = None, **options: Any) -> Served:
    """Start an emulator in this process on a free loopback port and wait until it listens."""
    recorder = AnswerRecorder(create_app(data_dir, **options))
    config = uvicorn.Config(recorder, host="127.0.0.1", port=0, http="h11", log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="emulator", daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the emulator did not start")
        time.sleep(0.01)
    host, port = server.servers[0].sockets[0].getsockname()[:2]
    return Served(f"http://{host}:{port}/v1", recorder, server, thread, api_key=options.get("api_key"))


def stop(served: Served) -> None:
    served.server.should_exit = True
    served.thread.join(timeout=15)


@pytest.fixture(scope="session")
def served() -> Iterator[Served]:
    # The hint is off by default (the real API does not send it); these tests read its effect.
    running = serve(api_key=API_KEY, processing_delay_ms=PROCESSING_DELAY_MS, poll_after_ms=PROCESSING_DELAY_MS // 4)
    yield running
    stop(running)


class Control:
    """The ``/_emulator`` controls, for arming faults and reading what the server saw. They
    take the API key like ``/v1`` (a server started without one ignores it)."""

    def __init__(self, root: str, api_key: str | None = API_KEY) -> None:
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.http = httpx2.Client(base_url=f"{root}/_emulator", headers=headers, timeout=10)

    def fault(self, **spec: Any) -> None:
        self.http.post("/faults", json=spec).raise_for_status()

    def requests(self) -> list[dict[str, Any]]:
        entries: list[dict[str, Any]] = self.http.get("/requests").json()["requests"]
        return entries

    def advance(self, seconds: float) -> None:
        self.http.post("/clock", json={"seconds": seconds}).raise_for_status()

    def reset(self) -> None:
        self.http.post("/reset").raise_for_status()


@contextmanager
def fresh(served: Served, *, check: bool = True) -> Iterator[Served]:
    """``served`` emptied (state, faults, request log, clock) for one test; on the way out, the
    answers the test caused are checked against the document unless ``check`` is off."""
    handle = Control(served.root, served.api_key)
    handle.reset()
    handle.http.close()
    served.recorder.take()
    yield served
    problems = violations(served.recorder.take())
    assert not check or not problems, "answers that break openapi.yaml:\n" + "\n".join(problems[:20])


@pytest.fixture
def emulator(served: Served) -> Iterator[Served]:
    """The session's emulator, emptied for this test; its answers are checked on teardown."""
    with fresh(served) as running:
        yield running


@pytest.fixture
def control(emulator: Served) -> Iterator[Control]:
    handle = Control(emulator.root)
    yield handle
    handle.http.close()


@pytest.fixture
def http(emulator: Served) -> Iterator[httpx2.Client]:
    """Plain httpx2, authorised, rooted at ``/v1``."""
    with httpx2.Client(
        base_url=emulator.base_url, headers={"Authorization": f"Bearer {API_KEY}"}, timeout=30
    ) as client:
        yield client


@pytest.fixture
def client(emulator: Served) -> Iterator[OpenAI]:
    with OpenAI(api_key=API_KEY, base_url=emulator.base_url, max_retries=0) as sdk:
        yield sdk


@pytest.fixture
async def aclient(emulator: Served) -> AsyncIterator[AsyncOpenAI]:
    async with AsyncOpenAI(api_key=API_KEY, base_url=emulator.base_url, max_retries=0) as sdk:
        yield sdk


def wait_for(check: Callable[[], bool], timeout: float = 10.0) -> None:
    """Poll ``check`` until it holds (background indexing takes ~50 ms here)."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        time.sleep(0.02)
