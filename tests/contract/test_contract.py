"""Contract tests: every public method of the SDK, sync and async, sends requests that Prism
finds valid against openapi.yaml as patched by generator/patches.yaml.

Each method is called twice: with every argument filled ("full") and with only what it
requires ("required"). The generated methods' arguments are made from the document through the
registry the generator writes (each resource's ``_operations``, each raw module's
``OPERATION``), so a new operation is tested with no edit here; only the hand-written helpers
are written out. A test fails on any request Prism rejects (422, with Prism's violation
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
from typing import Any, TypedDict

import pytest
import yaml
from vectorstores import AsyncOpenAI, AsyncStream, OpenAI, PollingTimeoutError, Stream, UnprocessableEntityError

from .conftest import API_KEY, SPEC, Exchanges, Prism, async_client, sync_client
from .examples import Variant, arguments
from .examples import document as patched_document

Client = OpenAI | AsyncOpenAI
Call = Callable[[Client, Path], object]  # (client, a file to upload) -> result, awaitable or not
VARIANTS: list[Variant] = ["full", "required"]

STORE = "vs_abc123"
FILE = "file-abc123"
BATCH = "vsfb_abc123"
ATTRIBUTES: dict[str, str | float | bool] = {"author": "Ada", "year": 1843.0, "draft": False}
STATIC_CHUNKING = {"type": "static", "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400}}
AUTO_CHUNKING = {"type": "auto"}
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


def _walk(client: Client) -> tuple[dict[str, Any], set[str]]:
    """The resources reachable from the client (by dotted prefix, ``"vector_stores.files."``) and
    the dotted paths of the public callables among them.

    Breadth first, so an object reachable twice (``beta.vector_stores`` is ``vector_stores``)
    is named by its shortest path.
    """
    resources: dict[str, Any] = {}
    methods: set[str] = set()
    seen = {id(client)}
    queue: deque[tuple[str, object]] = deque([("", client)])
    while queue:
        prefix, owner = queue.popleft()
        for attribute in dir(owner):
            # The views wrap the resource's own methods (tests/overlays/test_surface.py), so they
            # send the requests tested here for the methods themselves.
            if attribute.startswith("_") or attribute in ("with_raw_response", "with_streaming_response"):
                continue
            try:
                value = getattr(owner, attribute)
            except AttributeError:  # a name kept only to say where it went (client.beta.assistants)
                continue
            if callable(value):
                methods.add(prefix + attribute)
            elif type(value).__module__.startswith("vectorstores.") and id(value) not in seen:
                # A resource (or `beta`). Plain data such as `api_key` or `base_url` is skipped.
                seen.add(id(value))
                queue.append((f"{prefix}{attribute}.", value))
                if hasattr(value, "_operations"):
                    resources[f"{prefix}{attribute}."] = value
    return resources, methods


# The generated methods: one case each, its arguments made from the document (examples.py) by
# way of the raw operation each resource names in ``_operations``. Keyed by the method's path
# from the client.
def _generated_cases() -> dict[str, Case]:
    spec = patched_document()
    cases: dict[str, Case] = {}
    for prefix, resource in _walk(OpenAI(api_key=API_KEY))[0].items():
        for name, module in resource._operations.items():
            method, path = module.OPERATION
            full, required = (arguments(spec, method, path, variant) for variant in VARIANTS)
            cases[prefix + name] = Case(
                full=_calling(prefix, name, {**full, **EXTRAS}), required=_calling(prefix, name, required)
            )
    return cases


def _calling(prefix: str, name: str, kwargs: dict[str, object]) -> Call:
    def call(client: Client, doc: Path) -> object:
        owner: object = client
        for attribute in prefix.split(".")[:-1]:
            owner = getattr(owner, attribute)
        return getattr(owner, name)(**kwargs)

    return call


# The hand-written helpers, written out: they are not operations of the document.
HELPER_CASES: dict[str, Case] = {
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
    "responses.stream": Case(
        full=lambda c, doc: c.responses.stream(
            model="gpt-4o-mini",
            input="What do the files say?",
            tools=[{"type": "file_search", "vector_store_ids": [STORE], "max_num_results": 5}],
            include=["file_search_call.results"],
            instructions="Answer from the files.",
            metadata={"purpose": "contract"},
        ),
        required=lambda c, doc: c.responses.stream(model="gpt-4o-mini", input="What do the files say?"),
    ),
    # parse() sends create's request; text_format is left out here (Prism's made-up text is no
    # JSON of a model), so the document checks every other argument, stream=False included.
    "responses.parse": Case(
        full=lambda c, doc: c.responses.parse(
            model="gpt-4o-mini",
            input="What do the files say?",
            tools=[{"type": "file_search", "vector_store_ids": [STORE], "max_num_results": 5}],
            include=["file_search_call.results"],
            instructions="Answer from the files.",
            metadata={"purpose": "contract"},
            text={"verbosity": "low"},
            stream=False,
            **EXTRAS,
        ),
        required=lambda c, doc: c.responses.parse(model="gpt-4o-mini", input="What do the files say?"),
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

# openai-python's requests to paths with no method, sent here to paths the document has.
CUSTOM_CASES: dict[str, Case] = {
    "get": Case(
        full=lambda c, doc: c.get("/vector_stores", cast_to=object, options={"params": {"limit": 5}}),
        required=lambda c, doc: c.get("/vector_stores", cast_to=object),
    ),
    "post": Case(
        full=lambda c, doc: c.post("/vector_stores", cast_to=object, body={"name": "Handbook"}),
        required=lambda c, doc: c.post("/vector_stores", cast_to=object, body={}),  # the body is required
    ),
    "delete": Case(
        full=lambda c, doc: c.delete(f"/vector_stores/{STORE}", cast_to=object, options={"headers": {"X-A": "1"}}),
        required=lambda c, doc: c.delete(f"/vector_stores/{STORE}", cast_to=object),
    ),
    "request": Case(
        full=lambda c, doc: c.request("GET", f"/files/{FILE}", cast_to=object, options={"timeout": 30.0}),
        required=lambda c, doc: c.request("GET", f"/files/{FILE}", cast_to=object),
    ),
}

CASES: dict[str, Case] = {**_generated_cases(), **HELPER_CASES, **CUSTOM_CASES}

# Public methods that send no request, so there is nothing for Prism to check.
NO_REQUEST = {
    "close": "releases the connections",
    "is_closed": "tells whether close() was called",
    "put": "the document has no PUT operation to send it to (get, post and delete are cases)",
    "patch": "the document has no PATCH operation to send it to",
    "with_options": "returns a reconfigured copy of the client",
    "copy": "an alias of with_options",
}

PARAMS = [pytest.param(name, variant, id=f"{name}-{variant}") for name in CASES for variant in VARIANTS]


# --- Running a call and judging it --------------------------------------------------------------


def _run_sync(call: Call, client: OpenAI, doc: Path) -> None:
    result = call(client, doc)
    if isinstance(result, Stream):  # stream=True: the events are read to the end
        with result:
            for _ in result:
                pass
    elif isinstance(result, AbstractContextManager):  # the request goes out on entry
        with result as response:
            if hasattr(response, "until_done"):  # responses.stream(): its events to the end
                response.until_done()
            else:  # stream_content
                response.read()


async def _run_async(call: Call, client: AsyncOpenAI, doc: Path) -> None:
    result = call(client, doc)
    if inspect.isawaitable(result):  # coroutines, and the paginators of the list methods
        result = await result
    if isinstance(result, AsyncStream):
        async with result:
            async for _ in result:
                pass
    elif isinstance(result, AbstractAsyncContextManager):
        async with result as response:
            if hasattr(response, "until_done"):
                await response.until_done()
            else:
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


@pytest.mark.parametrize("client_class", [OpenAI, AsyncOpenAI])
def test_every_public_method_is_covered(client_class: type[Client]) -> None:
    """CASES and NO_REQUEST together name exactly the public methods of the client."""
    exposed = _walk(client_class(api_key=API_KEY))[1]
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
