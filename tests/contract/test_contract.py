"""Contract tests: every public method of the SDK, sync and async, sends requests that Prism
finds valid against openapi.yaml as patched by generator/patches.yaml.

Each method is called twice: with every argument filled ("full") and with only what it
requires ("required"). A test fails on any request Prism rejects (422, with Prism's violation
list in the message). ``CASES`` must name every public method the clients expose, and the
methods must between them reach every operation of the description, so a new method or
operation cannot be left out unnoticed.
"""

from __future__ import annotations

import inspect
import re
from collections import deque
from collections.abc import Callable, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TypedDict

import pytest
import yaml
from vectorstores import AsyncOpenAI, OpenAI, PollingTimeoutError, UnprocessableEntityError

from .conftest import API_KEY, SPEC, Exchanges, Prism, async_client, sync_client

Client = OpenAI | AsyncOpenAI
Call = Callable[[Client, Path], object]  # (client, a file to upload) -> result, awaitable or not
Variant = Literal["full", "required"]

STORE = "vs_abc123"
FILE = "file-abc123"
BATCH = "vsfb_abc123"
ATTRIBUTES: dict[str, str | float | bool] = {"author": "Ada", "year": 1843.0, "draft": False}
STATIC_CHUNKING = {"type": "static", "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400}}
AUTO_CHUNKING = {"type": "auto"}
STORE_EXPIRY = {"anchor": "last_active_at", "days": 7}
FILE_EXPIRY = {"anchor": "created_at", "seconds": 3600}
TEXT = ("notes.txt", b"Vector stores hold chunks of files for search.\n", "text/plain")

# Prism keeps every object `in_progress`, so the polling helpers run into this deadline. It is
# passed even in the "required" calls: without it they would poll forever.
DEADLINE = 0.05
POLL_MS = 10


class Extras(TypedDict):
    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, object]
    extra_body: Mapping[str, object]
    timeout: float


# The escape hatches of the generated methods, for the "full" calls. extra_query and extra_body
# stay empty: they exist to send what the description does not list, so nothing put in them
# could be valid (the request bodies forbid additional properties). Undeclared headers are fine.
EXTRAS: Extras = {
    "extra_headers": {"X-Contract-Test": "1"},
    "extra_query": {},
    "extra_body": {},
    "timeout": 30.0,
}


def _progress(done: int, total: int) -> None:
    """An upload progress callback that ignores what it is told."""


@dataclass(frozen=True)
class Case:
    """How to call one public method: with every argument, and with only the required ones."""

    full: Call
    required: Call
    raises: type[Exception] | None = None  # what the call ends with against Prism, if not a result

    def call(self, variant: Variant) -> Call:
        return self.full if variant == "full" else self.required


# retrieve_content is deprecated, as in openai-python, and says so each time it is called.
pytestmark = pytest.mark.filterwarnings("ignore:The `.content\\(\\)` method should be used instead:DeprecationWarning")

# Keyed by the method's path from the client. The lambdas type-check against both clients'
# signatures, since `c` is OpenAI | AsyncOpenAI.
CASES: dict[str, Case] = {
    # --- files ---------------------------------------------------------------------------------
    # Only a partial check: Prism ignores multipart fields the schema does not declare, so the
    # SDK's `expires_after[anchor]`/`expires_after[seconds]` fields pass unexamined.
    "files.create": Case(
        full=lambda c, doc: c.files.create(file=TEXT, purpose="assistants", expires_after=FILE_EXPIRY, **EXTRAS),
        required=lambda c, doc: c.files.create(file=doc, purpose="assistants"),
    ),
    "files.retrieve": Case(
        full=lambda c, doc: c.files.retrieve(FILE, **EXTRAS),
        required=lambda c, doc: c.files.retrieve(FILE),
    ),
    "files.list": Case(
        full=lambda c, doc: c.files.list(purpose="assistants", limit=10, order="asc", after=FILE, **EXTRAS),
        required=lambda c, doc: c.files.list(),
    ),
    "files.delete": Case(
        full=lambda c, doc: c.files.delete(FILE, **EXTRAS),
        required=lambda c, doc: c.files.delete(FILE),
    ),
    "files.content": Case(
        full=lambda c, doc: c.files.content(FILE, **EXTRAS),
        required=lambda c, doc: c.files.content(FILE),
    ),
    "files.retrieve_content": Case(
        full=lambda c, doc: c.files.retrieve_content(FILE, **EXTRAS),
        required=lambda c, doc: c.files.retrieve_content(FILE),
    ),
    # Prism answers every retrieve with the first status, `uploaded`: the wait ends at its deadline.
    "files.wait_for_processing": Case(
        full=lambda c, doc: c.files.wait_for_processing(FILE, poll_interval=0.0, max_wait_seconds=0),
        required=lambda c, doc: c.files.wait_for_processing(FILE, max_wait_seconds=0),
        raises=RuntimeError,
    ),
    # stream_content takes nothing but the id, so both calls are the same.
    "files.stream_content": Case(
        full=lambda c, doc: c.files.stream_content(FILE),
        required=lambda c, doc: c.files.stream_content(FILE),
    ),
    # --- vector_stores -------------------------------------------------------------------------
    "vector_stores.create": Case(
        full=lambda c, doc: c.vector_stores.create(
            file_ids=[FILE, "file-def456"],
            name="Handbook",
            description="Everything about the product",
            expires_after=STORE_EXPIRY,
            chunking_strategy=STATIC_CHUNKING,
            metadata={"team": "docs"},
            **EXTRAS,
        ),
        required=lambda c, doc: c.vector_stores.create(),
    ),
    "vector_stores.retrieve": Case(
        full=lambda c, doc: c.vector_stores.retrieve(STORE, **EXTRAS),
        required=lambda c, doc: c.vector_stores.retrieve(STORE),
    ),
    "vector_stores.update": Case(
        full=lambda c, doc: c.vector_stores.update(
            STORE, name="Handbook v2", expires_after=STORE_EXPIRY, metadata={"team": "docs"}, **EXTRAS
        ),
        required=lambda c, doc: c.vector_stores.update(STORE),
    ),
    "vector_stores.list": Case(
        full=lambda c, doc: c.vector_stores.list(limit=10, order="asc", after=STORE, before="vs_def456", **EXTRAS),
        required=lambda c, doc: c.vector_stores.list(),
    ),
    "vector_stores.delete": Case(
        full=lambda c, doc: c.vector_stores.delete(STORE, **EXTRAS),
        required=lambda c, doc: c.vector_stores.delete(STORE),
    ),
    "vector_stores.search": Case(
        # A comparison filter: a compound one cannot pass Prism (see test_compound_filter).
        full=lambda c, doc: c.vector_stores.search(
            STORE,
            query=["refund policy", "returns"],
            rewrite_query=True,
            max_num_results=5,
            filters={"type": "in", "key": "region", "value": ["eu", "us"]},
            ranking_options={"ranker": "auto", "score_threshold": 0.5},
            **EXTRAS,
        ),
        required=lambda c, doc: c.vector_stores.search(STORE, query="refund policy"),
    ),
    # --- vector_stores.files -------------------------------------------------------------------
    "vector_stores.files.create": Case(
        full=lambda c, doc: c.vector_stores.files.create(
            STORE, file_id=FILE, chunking_strategy=STATIC_CHUNKING, attributes=ATTRIBUTES, **EXTRAS
        ),
        required=lambda c, doc: c.vector_stores.files.create(STORE, file_id=FILE),
    ),
    "vector_stores.files.retrieve": Case(
        full=lambda c, doc: c.vector_stores.files.retrieve(FILE, vector_store_id=STORE, **EXTRAS),
        required=lambda c, doc: c.vector_stores.files.retrieve(FILE, vector_store_id=STORE),
    ),
    # `attributes` is required but may be null: the two calls send a map and null.
    "vector_stores.files.update": Case(
        full=lambda c, doc: c.vector_stores.files.update(FILE, vector_store_id=STORE, attributes=ATTRIBUTES, **EXTRAS),
        required=lambda c, doc: c.vector_stores.files.update(FILE, vector_store_id=STORE, attributes=None),
    ),
    "vector_stores.files.list": Case(
        full=lambda c, doc: c.vector_stores.files.list(
            STORE, limit=10, order="asc", after=FILE, before="file-def456", filter="completed", **EXTRAS
        ),
        required=lambda c, doc: c.vector_stores.files.list(STORE),
    ),
    "vector_stores.files.delete": Case(
        full=lambda c, doc: c.vector_stores.files.delete(FILE, vector_store_id=STORE, **EXTRAS),
        required=lambda c, doc: c.vector_stores.files.delete(FILE, vector_store_id=STORE),
    ),
    "vector_stores.files.content": Case(
        full=lambda c, doc: c.vector_stores.files.content(FILE, vector_store_id=STORE, **EXTRAS),
        required=lambda c, doc: c.vector_stores.files.content(FILE, vector_store_id=STORE),
    ),
    "vector_stores.files.upload": Case(
        full=lambda c, doc: c.vector_stores.files.upload(
            vector_store_id=STORE, file=TEXT, attributes=ATTRIBUTES, chunking_strategy=AUTO_CHUNKING
        ),
        required=lambda c, doc: c.vector_stores.files.upload(vector_store_id=STORE, file=doc),
    ),
    "vector_stores.files.poll": Case(
        full=lambda c, doc: c.vector_stores.files.poll(
            FILE, vector_store_id=STORE, poll_interval_ms=POLL_MS, max_wait_seconds=DEADLINE
        ),
        required=lambda c, doc: c.vector_stores.files.poll(FILE, vector_store_id=STORE, max_wait_seconds=DEADLINE),
        raises=PollingTimeoutError,
    ),
    "vector_stores.files.create_and_poll": Case(
        full=lambda c, doc: c.vector_stores.files.create_and_poll(
            FILE,
            vector_store_id=STORE,
            attributes=ATTRIBUTES,
            chunking_strategy=STATIC_CHUNKING,
            poll_interval_ms=POLL_MS,
            max_wait_seconds=DEADLINE,
        ),
        required=lambda c, doc: c.vector_stores.files.create_and_poll(
            FILE, vector_store_id=STORE, max_wait_seconds=DEADLINE
        ),
        raises=PollingTimeoutError,
    ),
    "vector_stores.files.upload_and_poll": Case(
        full=lambda c, doc: c.vector_stores.files.upload_and_poll(
            vector_store_id=STORE,
            file=TEXT,
            attributes=ATTRIBUTES,
            poll_interval_ms=POLL_MS,
            chunking_strategy=AUTO_CHUNKING,
            max_wait_seconds=DEADLINE,
        ),
        required=lambda c, doc: c.vector_stores.files.upload_and_poll(
            vector_store_id=STORE, file=doc, max_wait_seconds=DEADLINE
        ),
        raises=PollingTimeoutError,
    ),
    # --- vector_stores.file_batches ------------------------------------------------------------
    # The signature makes file_ids and files optional, but the description requires one of
    # them (anyOf), so the "required" batch calls pass file_ids.
    "vector_stores.file_batches.create": Case(
        full=lambda c, doc: c.vector_stores.file_batches.create(
            STORE,
            file_ids=[FILE],
            files=[{"file_id": "file-def456", "chunking_strategy": AUTO_CHUNKING, "attributes": ATTRIBUTES}],
            chunking_strategy=STATIC_CHUNKING,
            attributes=ATTRIBUTES,
            **EXTRAS,
        ),
        required=lambda c, doc: c.vector_stores.file_batches.create(STORE, file_ids=[FILE]),
    ),
    "vector_stores.file_batches.retrieve": Case(
        full=lambda c, doc: c.vector_stores.file_batches.retrieve(BATCH, vector_store_id=STORE, **EXTRAS),
        required=lambda c, doc: c.vector_stores.file_batches.retrieve(BATCH, vector_store_id=STORE),
    ),
    "vector_stores.file_batches.cancel": Case(
        full=lambda c, doc: c.vector_stores.file_batches.cancel(BATCH, vector_store_id=STORE, **EXTRAS),
        required=lambda c, doc: c.vector_stores.file_batches.cancel(BATCH, vector_store_id=STORE),
    ),
    "vector_stores.file_batches.list_files": Case(
        full=lambda c, doc: c.vector_stores.file_batches.list_files(
            BATCH,
            vector_store_id=STORE,
            limit=10,
            order="asc",
            after=FILE,
            before="file-def456",
            filter="failed",
            **EXTRAS,
        ),
        required=lambda c, doc: c.vector_stores.file_batches.list_files(BATCH, vector_store_id=STORE),
    ),
    "vector_stores.file_batches.poll": Case(
        full=lambda c, doc: c.vector_stores.file_batches.poll(
            BATCH, vector_store_id=STORE, poll_interval_ms=POLL_MS, max_wait_seconds=DEADLINE
        ),
        required=lambda c, doc: c.vector_stores.file_batches.poll(
            BATCH, vector_store_id=STORE, max_wait_seconds=DEADLINE
        ),
        raises=PollingTimeoutError,
    ),
    "vector_stores.file_batches.create_and_poll": Case(
        full=lambda c, doc: c.vector_stores.file_batches.create_and_poll(
            STORE,
            file_ids=[FILE],
            files=[{"file_id": "file-def456", "chunking_strategy": AUTO_CHUNKING, "attributes": ATTRIBUTES}],
            attributes=ATTRIBUTES,
            chunking_strategy=STATIC_CHUNKING,
            poll_interval_ms=POLL_MS,
            max_wait_seconds=DEADLINE,
        ),
        required=lambda c, doc: c.vector_stores.file_batches.create_and_poll(
            STORE, file_ids=[FILE], max_wait_seconds=DEADLINE
        ),
        raises=PollingTimeoutError,
    ),
    # A dry run lists the store's files and the account's; a real run against Prism would wait
    # for ever on a batch it keeps in_progress (sync has no deadline, like upload_and_poll's default).
    "vector_stores.sync": Case(
        full=lambda c, doc: c.vector_stores.sync(
            STORE,
            [("notes.txt", TEXT[1]), ("guide.pdf", doc)],
            delete=False,
            dry_run=True,
            attributes={"author": "Ada"},
            chunking_strategy=AUTO_CHUNKING,
            max_concurrency=2,
            on_progress=lambda phase, done, total: None,
            **EXTRAS,
        ),
        required=lambda c, doc: c.vector_stores.sync(STORE, [("notes.txt", TEXT[1])], dry_run=True),
    ),
    "vector_stores.file_batches.upload_and_poll": Case(
        full=lambda c, doc: c.vector_stores.file_batches.upload_and_poll(
            STORE,
            files=[doc, TEXT],
            max_concurrency=2,
            file_ids=[FILE],
            attributes=ATTRIBUTES,
            chunking_strategy=AUTO_CHUNKING,
            poll_interval_ms=POLL_MS,
            max_wait_seconds=DEADLINE,
            on_progress=_progress,
        ),
        required=lambda c, doc: c.vector_stores.file_batches.upload_and_poll(
            STORE, files=[doc], max_wait_seconds=DEADLINE
        ),
        raises=PollingTimeoutError,
    ),
}

# Public methods that send no request, so there is nothing for Prism to check.
NO_REQUEST = {
    "close": "releases the connections",
    "with_options": "returns a reconfigured copy of the client",
    "copy": "an alias of with_options",
}

VARIANTS: list[Variant] = ["full", "required"]
PARAMS = [pytest.param(name, variant, id=f"{name}-{variant}") for name in CASES for variant in VARIANTS]


# --- Running a call and judging it --------------------------------------------------------------


def _run_sync(call: Call, client: OpenAI, doc: Path) -> None:
    result = call(client, doc)
    if isinstance(result, AbstractContextManager):  # stream_content: the request goes out on entry
        with result as response:
            response.read()


async def _run_async(call: Call, client: AsyncOpenAI, doc: Path) -> None:
    result = call(client, doc)
    if inspect.isawaitable(result):  # coroutines, and the paginators of the list methods
        result = await result
    if isinstance(result, AbstractAsyncContextManager):
        async with result as response:
            await response.aread()


def _judge(name: str, case: Case, exchanges: Exchanges, outcome: Exception | None) -> None:
    """Fail on any request Prism found invalid, then check the call ended as expected."""
    rejected = exchanges.violations()
    if rejected:
        listed = "\n".join(exchange.describe() for exchange in rejected)
        pytest.fail(f"{name}: Prism says these requests break the patched openapi.yaml:\n{listed}", pytrace=False)
    if isinstance(outcome, UnprocessableEntityError):  # the hook saw every response; belt and braces
        pytest.fail(f"{name}: 422 from Prism: {outcome.body!r}", pytrace=False)
    assert exchanges.items, f"{name} sent no request"
    if case.raises is None:
        if outcome is not None:
            raise outcome
    elif not isinstance(outcome, case.raises):
        pytest.fail(f"{name}: expected {case.raises.__name__}, got {outcome!r}")


@pytest.mark.parametrize(("name", "variant"), PARAMS)
def test_sync(name: str, variant: Variant, prism: Prism, document: Path) -> None:
    """The synchronous client's call is accepted by Prism."""
    case = CASES[name]
    exchanges = Exchanges()
    outcome: Exception | None = None
    with sync_client(prism, exchanges) as client:
        try:
            _run_sync(case.call(variant), client, document)
        except Exception as error:  # judged below, after Prism's verdicts
            outcome = error
    _judge(name, case, exchanges, outcome)


@pytest.mark.asyncio
@pytest.mark.parametrize(("name", "variant"), PARAMS)
async def test_async(name: str, variant: Variant, prism: Prism, document: Path) -> None:
    """The asyncio client's call is accepted by Prism."""
    case = CASES[name]
    exchanges = Exchanges()
    outcome: Exception | None = None
    async with async_client(prism, exchanges) as client:
        try:
            await _run_async(case.call(variant), client, document)
        except Exception as error:
            outcome = error
    _judge(name, case, exchanges, outcome)


def test_compound_filter(prism: Prism) -> None:
    """A compound filter, the documented way to combine conditions, passes Prism."""
    exchanges = Exchanges()
    filters = {"type": "and", "filters": [{"type": "eq", "key": "region", "value": "eu"}]}
    # A 422 is reported below, with Prism's list of violations.
    with sync_client(prism, exchanges) as client, suppress(UnprocessableEntityError):
        client.vector_stores.search(STORE, query="refund policy", filters=filters)
    rejected = exchanges.violations()
    assert not rejected, "\n".join(exchange.describe() for exchange in rejected)


# --- Nothing left out -------------------------------------------------------------------------


def _public_methods(client: Client) -> set[str]:
    """Dotted paths of the public callables reachable from the client through its resources.

    Breadth first, so an object reachable twice (``beta.vector_stores`` is ``vector_stores``)
    is named by its shortest path.
    """
    found: set[str] = set()
    seen = {id(client)}
    queue: deque[tuple[str, object]] = deque([("", client)])
    while queue:
        prefix, owner = queue.popleft()
        for attribute in dir(owner):
            # The views wrap the resource's own methods (tests/overlays/test_surface.py), so they
            # send the requests tested here for the methods themselves.
            if attribute.startswith("_") or attribute in ("with_raw_response", "with_streaming_response"):
                continue
            value = getattr(owner, attribute)
            if callable(value):
                found.add(prefix + attribute)
            elif type(value).__module__.startswith("vectorstores.") and id(value) not in seen:
                # A resource (or `beta`). Plain data such as `api_key` or `base_url` is skipped.
                seen.add(id(value))
                queue.append((f"{prefix}{attribute}.", value))
    return found


@pytest.mark.parametrize("client_class", [OpenAI, AsyncOpenAI])
def test_every_public_method_is_covered(client_class: type[Client]) -> None:
    """CASES and NO_REQUEST together name exactly the public methods of the client."""
    exposed = _public_methods(client_class(api_key=API_KEY))
    listed = set(CASES) | set(NO_REQUEST)
    assert not exposed - listed, f"public methods missing from CASES: {sorted(exposed - listed)}"
    assert not listed - exposed, f"CASES lists methods the client lacks: {sorted(listed - exposed)}"


def _operations() -> dict[tuple[str, str], re.Pattern[str]]:
    """(method, path template) of every operation in openapi.yaml, with a regex for its paths."""
    paths = yaml.safe_load(SPEC.read_text())["paths"]
    methods = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
    return {
        (method.upper(), template): re.compile("^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)) + "$")
        for template, item in paths.items()
        for method in item
        if method in methods
    }


def test_every_operation_is_reached(prism: Prism, document: Path) -> None:
    """The "required" calls of CASES between them send every operation of the description."""
    exchanges = Exchanges()
    with sync_client(prism, exchanges) as client:
        for case in CASES.values():
            expected: tuple[type[Exception], ...] = (case.raises,) if case.raises else ()
            with suppress(*expected):  # the waiting helpers end so (see CASES)
                _run_sync(case.required, client, document)
    operations = _operations()
    reached = {
        operation
        for exchange in exchanges.items
        for operation, pattern in operations.items()
        if exchange.method == operation[0] and pattern.match(exchange.url.path)
    }
    missing = sorted(f"{method} {path}" for method, path in set(operations) - reached)
    assert not missing, f"operations no public method sends: {missing}"
