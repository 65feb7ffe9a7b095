"""Bad input: the SDK refuses it before any request, with an error naming the argument and the
rule; what only the server can know comes back as BadRequestError/NotFoundError with the
server's message and ``param``.

Client-side cases run on a transport that records every request (and answers 599), so "no
request was sent" is checked, not assumed.
"""

from __future__ import annotations

import io
import os
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx2
import pytest
from vectorstores import AsyncOpenAI, BadRequestError, NotFoundError, OpenAI

from .conftest import API_KEY, Report, Served

BASE_URL = "https://api.test/v1"


def bad(value: object) -> Any:
    """A deliberately wrong argument, typed Any so the type checker lets the call through."""
    return value


class Sent:
    """The requests that reached the transport: every client-side case expects none."""

    def __init__(self) -> None:
        self.requests: list[httpx2.Request] = []

    def handle(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        return httpx2.Response(599, json={"error": {"message": "this request should never have been sent"}})

    async def ahandle(self, request: httpx2.Request) -> httpx2.Response:
        return self.handle(request)


@pytest.fixture
def sent() -> Sent:
    return Sent()


@pytest.fixture
def client(sent: Sent) -> Iterator[OpenAI]:
    http = httpx2.Client(transport=httpx2.MockTransport(sent.handle))
    with OpenAI(api_key="sk-test-bad-input", base_url=BASE_URL, max_retries=0, http_client=http) as sdk:
        yield sdk


@dataclass(frozen=True)
class Case:
    """One bad call: the error it must raise and the words its message must hold (the argument,
    then the rule)."""

    name: str
    call: Callable[[OpenAI, Path], object]
    error: type[Exception]
    words: tuple[str, ...]


def _verdict(
    report: Report, name: str, error: type[Exception], words: tuple[str, ...], raised: Exception | None, sent: Sent
) -> None:
    """One report row: the right error type, a message naming argument and rule, no request."""
    message = str(raised) if raised is not None else ""
    observed = f"{type(raised).__name__}: {message}" if raised is not None else "no error"
    observed += f"; {len(sent.requests)} request(s) sent"
    passed = isinstance(raised, error) and all(word in message for word in words) and not sent.requests
    report.check(name, f"{error.__name__} naming {' / '.join(words)}; no request", observed, passed)


def _raised(call: Callable[[], object]) -> Exception | None:
    try:
        call()
    except Exception as error:
        return error
    return None


def _attrs(pairs: int) -> Any:  # Any: metadata and attributes want different value types
    """``pairs`` distinct key/value pairs."""
    return {f"k{index}": "v" for index in range(pairs)}


def _text(path: Path, name: str = "doc.txt") -> Path:
    """A small readable file under ``path``."""
    target = path / name
    target.write_bytes(b"some text")
    return target


NESTED_BAD_LEAF = {
    "type": "and",
    "filters": [
        {"type": "eq", "key": "a", "value": 1},
        {"type": "or", "filters": [{"type": "like", "key": "b", "value": "x"}]},
    ],
}
STATIC_TOO_SMALL = {"type": "static", "static": {"max_chunk_size_tokens": 50, "chunk_overlap_tokens": 10}}
ONE_FILE = [("a.txt", b"a")]
REGEX = {"type": "regex", "key": "a", "value": "b"}
LEAF_WITHOUT_KEY = {"type": "eq", "value": 1}
# --- empty or whitespace ids, for every method that takes one -------------------------------------

# fmt: off
ID_CASES = [
    Case("vector_stores.retrieve('  ')", lambda c, t: c.vector_stores.retrieve("  "),
         ValueError, ("vector_store_id", "non-empty")),
    Case("vector_stores.update('')", lambda c, t: c.vector_stores.update("", name="x"),
         ValueError, ("vector_store_id", "non-empty")),
    Case("vector_stores.delete('\\t ')", lambda c, t: c.vector_stores.delete("\t "),
         ValueError, ("vector_store_id", "non-empty")),
    Case("vector_stores.search('  ')", lambda c, t: c.vector_stores.search("  ", query="q"),
         ValueError, ("vector_store_id", "non-empty")),
    Case("vector_stores.files.create(store '  ')", lambda c, t: c.vector_stores.files.create("  ", file_id="file-1"),
         ValueError, ("vector_store_id", "non-empty")),
    Case("vector_stores.files.retrieve(file '  ')",
         lambda c, t: c.vector_stores.files.retrieve("  ", vector_store_id="vs_1"),
         ValueError, ("file_id", "non-empty")),
    Case("vector_stores.files.retrieve(store '')",
         lambda c, t: c.vector_stores.files.retrieve("file-1", vector_store_id=""),
         ValueError, ("vector_store_id", "non-empty")),
    Case("vector_stores.files.update(file '  ')",
         lambda c, t: c.vector_stores.files.update(" ", vector_store_id="vs_1", attributes={}),
         ValueError, ("file_id", "non-empty")),
    Case("vector_stores.files.delete(store '  ')",
         lambda c, t: c.vector_stores.files.delete("file-1", vector_store_id="  "),
         ValueError, ("vector_store_id", "non-empty")),
    Case("vector_stores.files.content(file '  ')",
         lambda c, t: c.vector_stores.files.content("  ", vector_store_id="vs_1"),
         ValueError, ("file_id", "non-empty")),
    Case("vector_stores.files.list('  ')", lambda c, t: c.vector_stores.files.list("  "),
         ValueError, ("vector_store_id", "non-empty")),
    Case("vector_stores.files.poll(file '  ')", lambda c, t: c.vector_stores.files.poll("  ", vector_store_id="vs_1"),
         ValueError, ("file_id", "non-empty")),
    Case("vector_stores.files.create_and_poll(file '  ')",
         lambda c, t: c.vector_stores.files.create_and_poll("  ", vector_store_id="vs_1"),
         ValueError, ("file_id", "non-empty")),
    Case("vector_stores.files.upload(store '  ')",
         lambda c, t: c.vector_stores.files.upload(vector_store_id="  ", file=("a.txt", b"a")),
         ValueError, ("vector_store_id", "non-empty")),
    Case("vector_stores.files.upload_and_poll(store ' ')",
         lambda c, t: c.vector_stores.files.upload_and_poll(vector_store_id=" ", file=("a.txt", b"a")),
         ValueError, ("vector_store_id", "non-empty")),
    Case("file_batches.create(store '  ')", lambda c, t: c.vector_stores.file_batches.create("  ", file_ids=["file-1"]),
         ValueError, ("vector_store_id", "non-empty")),
    Case("file_batches.retrieve(batch '  ')",
         lambda c, t: c.vector_stores.file_batches.retrieve("  ", vector_store_id="vs_1"),
         ValueError, ("batch_id", "non-empty")),
    Case("file_batches.cancel(store '  ')",
         lambda c, t: c.vector_stores.file_batches.cancel("vsfb_1", vector_store_id="  "),
         ValueError, ("vector_store_id", "non-empty")),
    Case("file_batches.list_files(batch '  ')",
         lambda c, t: c.vector_stores.file_batches.list_files("  ", vector_store_id="vs_1"),
         ValueError, ("batch_id", "non-empty")),
    Case("file_batches.poll(store '  ')",
         lambda c, t: c.vector_stores.file_batches.poll("vsfb_1", vector_store_id="  "),
         ValueError, ("vector_store_id", "non-empty")),
    Case("file_batches.create_and_poll(store '  ')",
         lambda c, t: c.vector_stores.file_batches.create_and_poll("  ", file_ids=["file-1"]),
         ValueError, ("vector_store_id", "non-empty")),
    Case("file_batches.upload_and_poll(store '  ')",
         lambda c, t: c.vector_stores.file_batches.upload_and_poll("  ", files=ONE_FILE),
         ValueError, ("vector_store_id", "non-empty")),
    Case("files.retrieve('  ')", lambda c, t: c.files.retrieve("  "), ValueError, ("file_id", "non-empty")),
    Case("files.delete('')", lambda c, t: c.files.delete(""), ValueError, ("file_id", "non-empty")),
    Case("files.content('  ')", lambda c, t: c.files.content("  "), ValueError, ("file_id", "non-empty")),
    Case("files.stream_content('  ')", lambda c, t: c.files.stream_content("  "), ValueError, ("file_id", "non-empty")),
]
# fmt: on

# Ids inside a request body: the generated checks only ask for a string (see GAP).
# fmt: off
# Ids inside a body: the patched document gives them a pattern (generator/patches.yaml).
BODY_ID_CASES = [
    Case("vector_stores.files.create(file_id '  ')", lambda c, t: c.vector_stores.files.create("vs_1", file_id="  "),
         ValueError, ("file_id", "not blank")),
    Case("vector_stores.create(file_ids [' '])", lambda c, t: c.vector_stores.create(file_ids=[" "]),
         ValueError, ("file_ids[0]", "not blank")),
    Case("file_batches.create(file_ids [''])", lambda c, t: c.vector_stores.file_batches.create("vs_1", file_ids=[""]),
         ValueError, ("file_ids[0]", "not blank")),
    Case("vector_stores.search(query '   ')", lambda c, t: c.vector_stores.search("vs_1", query="   "),
         ValueError, ("query", "not only spaces")),
]
# fmt: on

# --- wrong types, one of each kind --------------------------------------------------------------------

# fmt: off
TYPE_CASES = [
    Case("int for a path id", lambda c, t: c.vector_stores.retrieve(bad(123)),
         TypeError, ("vector_store_id", "must be a string")),
    Case("None for a path id", lambda c, t: c.files.retrieve(bad(None)), TypeError, ("file_id", "must be a string")),
    Case("str for an int (limit)", lambda c, t: c.vector_stores.list(limit=bad("10")),
         TypeError, ("limit", "expected an integer")),
    Case("bool for an int (limit)", lambda c, t: c.vector_stores.list(limit=bad(True)),
         TypeError, ("limit", "expected an integer")),
    Case("bool for an int (max_num_results)",
         lambda c, t: c.vector_stores.search("vs_1", query="q", max_num_results=bad(True)),
         TypeError, ("max_num_results", "expected an integer")),
    Case("dict for a list (file_ids)", lambda c, t: c.vector_stores.create(file_ids=bad({"a": 1})),
         TypeError, ("file_ids", "expected a list")),
    Case("str for a list (file_ids)", lambda c, t: c.vector_stores.create(file_ids=bad("file-1")),
         TypeError, ("file_ids", "expected a list")),
    Case("list for a dict (metadata)", lambda c, t: c.vector_stores.create(metadata=bad([("k", "v")])),
         TypeError, ("metadata", "expected an object")),
    Case("list for a dict (attributes)",
         lambda c, t: c.vector_stores.files.update("file-1", vector_store_id="vs_1", attributes=bad(["a"])),
         TypeError, ("attributes", "expected an object")),
    Case("int for a string (name)", lambda c, t: c.vector_stores.create(name=bad(5)),
         TypeError, ("name", "expected a string")),
    Case("str for a bool (rewrite_query)",
         lambda c, t: c.vector_stores.search("vs_1", query="q", rewrite_query=bad("yes")),
         TypeError, ("rewrite_query", "expected a boolean")),
    Case("int for a query", lambda c, t: c.vector_stores.search("vs_1", query=bad(5)),
         TypeError, ("query", "expected a string or a list")),
    Case("int for purpose", lambda c, t: c.files.create(file=("a.txt", b"a"), purpose=bad(1)),
         TypeError, ("purpose", "expected a string")),
    Case("int for a file", lambda c, t: c.files.create(file=bad(5), purpose="assistants"),
         TypeError, ("file", "expected a path, a binary file object")),
    Case("dict for files (upload_and_poll)",
         lambda c, t: c.vector_stores.file_batches.upload_and_poll("vs_1", files=bad({"a": 1})),
         TypeError, ("files", "must be a list")),
    Case("str for file_ids (upload_and_poll)",
         lambda c, t: c.vector_stores.file_batches.upload_and_poll("vs_1", files=ONE_FILE, file_ids=bad("file-1")),
         TypeError, ("file_ids", "expected a list")),
    Case("str for a timeout", lambda c, t: c.vector_stores.retrieve("vs_1", timeout=bad("5")),
         TypeError, ("timeout", "number of seconds")),
    Case("int for the api_key", lambda c, t: OpenAI(api_key=bad(5)), TypeError, ("api_key", "must be a string")),
    Case("int for the base_url", lambda c, t: OpenAI(api_key="sk-x", base_url=bad(5)),
         TypeError, ("base_url", "must be a string")),
]
# fmt: on

# --- ranges ---------------------------------------------------------------------------------------------

# fmt: off
RANGE_CASES = [
    Case("max_num_results=0", lambda c, t: c.vector_stores.search("vs_1", query="q", max_num_results=0),
         ValueError, ("max_num_results", "must be >= 1")),
    Case("max_num_results=51", lambda c, t: c.vector_stores.search("vs_1", query="q", max_num_results=51),
         ValueError, ("max_num_results", "must be <= 50")),
    Case("max_num_results=-1", lambda c, t: c.vector_stores.search("vs_1", query="q", max_num_results=-1),
         ValueError, ("max_num_results", "must be >= 1")),
    Case("search(query='')", lambda c, t: c.vector_stores.search("vs_1", query=""),
         ValueError, ("query", "not only spaces")),
    Case("score_threshold=2",
         lambda c, t: c.vector_stores.search("vs_1", query="q", ranking_options={"score_threshold": 2}),
         ValueError, ("ranking_options.score_threshold", "must be <= 1")),
    Case("501 file_ids on a new store", lambda c, t: c.vector_stores.create(file_ids=[f"f{i}" for i in range(501)]),
         ValueError, ("file_ids", "at most 500 items")),
    Case("file_batches.create(file_ids=[])", lambda c, t: c.vector_stores.file_batches.create("vs_1", file_ids=[]),
         ValueError, ("file_ids", "at least 1 items")),
    Case("chunk size 50", lambda c, t: c.vector_stores.create(chunking_strategy=STATIC_TOO_SMALL),
         ValueError, ("chunking_strategy.static.max_chunk_size_tokens", "must be >= 100")),
    Case("chunking type 'semantic'", lambda c, t: c.vector_stores.create(chunking_strategy={"type": "semantic"}),
         ValueError, ("chunking_strategy.type", "must be one of")),
    Case("expires_after days=0",
         lambda c, t: c.vector_stores.create(expires_after={"anchor": "last_active_at", "days": 0}),
         ValueError, ("expires_after.days", "must be >= 1")),
    Case("order='up'", lambda c, t: c.vector_stores.list(order=bad("up")), ValueError, ("order", "must be one of")),
    Case("purpose='nope'", lambda c, t: c.files.create(file=("a.txt", b"a"), purpose=bad("nope")),
         ValueError, ("purpose", "must be one of")),
]
# fmt: on

# --- metadata and attributes: 16 pairs, keys <= 64, values <= 512 ------------------------------------------

# fmt: off
MAP_CASES = [
    Case("metadata with 17 pairs", lambda c, t: c.vector_stores.create(metadata=_attrs(17)),
         ValueError, ("metadata", "at most 16 keys")),
    Case("metadata key of 65", lambda c, t: c.vector_stores.update("vs_1", metadata={"k" * 65: "v"}),
         ValueError, ("metadata", "at most 64 characters")),
    Case("metadata value of 513", lambda c, t: c.vector_stores.create(metadata={"k": "v" * 513}),
         ValueError, ("metadata.k", "at most 512 characters")),
    Case("metadata value an int", lambda c, t: c.vector_stores.create(metadata=bad({"k": 1})),
         TypeError, ("metadata.k", "expected a string")),
    Case("attributes with 17 pairs",
         lambda c, t: c.vector_stores.files.update("file-1", vector_store_id="vs_1", attributes=_attrs(17)),
         ValueError, ("attributes", "at most 16 keys")),
    Case("attributes key of 65",
         lambda c, t: c.vector_stores.files.create("vs_1", file_id="file-1", attributes={"k" * 65: "v"}),
         ValueError, ("attributes", "at most 64 characters")),
    Case("attributes value of 513",
         lambda c, t: c.vector_stores.files.update("file-1", vector_store_id="vs_1", attributes={"k": "v" * 513}),
         ValueError, ("attributes.k", "at most 512 characters")),
    Case("attributes value a nested dict",
         lambda c, t: c.vector_stores.files.update("file-1", vector_store_id="vs_1", attributes=bad({"k": {"a": 1}})),
         TypeError, ("attributes.k", "expected a string or a number or a boolean")),
    Case("batch attributes with 17 pairs",
         lambda c, t: c.vector_stores.file_batches.create("vs_1", file_ids=["file-1"], attributes=_attrs(17)),
         ValueError, ("attributes", "at most 16 keys")),
    Case("upload attributes with 17 pairs (checked before the upload)",
         lambda c, t: c.vector_stores.files.upload(vector_store_id="vs_1", file=ONE_FILE[0], attributes=_attrs(17)),
         ValueError, ("attributes", "at most 16 keys")),
    Case("upload_and_poll of a batch, key of 65 (checked before the uploads)",
         lambda c, t: c.vector_stores.file_batches.upload_and_poll("vs_1", files=ONE_FILE, attributes={"k" * 65: "v"}),
         ValueError, ("attributes", "at most 64 characters")),
]
# fmt: on

# --- filters ----------------------------------------------------------------------------------------------

# fmt: off
FILTER_CASES = [
    Case("filter type 'regex'",
         lambda c, t: c.vector_stores.search("vs_1", query="q", filters=REGEX),
         ValueError, ("filters.type", "must be one of 'eq'")),
    Case("compound filter with a bad leaf two levels down",
         lambda c, t: c.vector_stores.search("vs_1", query="q", filters=NESTED_BAD_LEAF),
         ValueError, ("filters.filters[1].filters[0].type", "must be one of")),
    Case("comparison filter without its key",
         lambda c, t: c.vector_stores.search("vs_1", query="q", filters={"type": "and", "filters": [LEAF_WITHOUT_KEY]}),
         ValueError, ("filters.filters[0].key", "is required")),
    Case("comparison value a dict",
         lambda c, t: c.vector_stores.search("vs_1", query="q", filters={"type": "eq", "key": "a", "value": {"x": 1}}),
         TypeError, ("filters.value", "expected a string or a number")),
    Case("filters a list", lambda c, t: c.vector_stores.search("vs_1", query="q", filters=bad([{"type": "eq"}])),
         TypeError, ("filters", "expected an object")),
]
# fmt: on

# --- files: missing, directory, nameless ------------------------------------------------------------------

# fmt: off
FILE_CASES = [
    Case("files.create(missing path)", lambda c, t: c.files.create(file=t / "missing.txt", purpose="assistants"),
         FileNotFoundError, ("file", "no such file")),
    Case("files.create(a directory)", lambda c, t: c.files.create(file=t, purpose="assistants"),
         IsADirectoryError, ("file", "is a directory")),
    Case("files.upload(nameless BytesIO) into a store",
         lambda c, t: c.vector_stores.files.upload(vector_store_id="vs_1", file=io.BytesIO(b"data")),
         ValueError, ("file", "no file name")),
    Case("files.upload_and_poll(bare bytes) into a store",
         lambda c, t: c.vector_stores.files.upload_and_poll(vector_store_id="vs_1", file=b"data"),
         ValueError, ("file", "no file name")),
    Case("files.create(('', data))", lambda c, t: c.files.create(file=("", b"data"), purpose="assistants"),
         ValueError, ("file", "file name in the tuple must be a non-empty string")),
    Case("vector_stores.files.upload(missing path)",
         lambda c, t: c.vector_stores.files.upload(vector_store_id="vs_1", file=t / "missing.txt"),
         FileNotFoundError, ("file", "no such file")),
    Case("file_batches.upload_and_poll(second file missing)",
         lambda c, t: c.vector_stores.file_batches.upload_and_poll("vs_1", files=[_text(t), t / "missing.txt"]),
         FileNotFoundError, ("files[1]", "no such file")),
    Case("file_batches.upload_and_poll(files=[])",
         lambda c, t: c.vector_stores.file_batches.upload_and_poll("vs_1", files=[]),
         ValueError, ("files", "at least one file")),
]
# fmt: on

# --- deadlines, intervals, concurrency, timeouts --------------------------------------------------------------

# fmt: off
TIME_CASES = [
    Case("files.poll(max_wait_seconds=-1)",
         lambda c, t: c.vector_stores.files.poll("file-1", vector_store_id="vs_1", max_wait_seconds=-1),
         ValueError, ("max_wait_seconds", ">= 0")),
    Case("file_batches.create_and_poll(max_wait_seconds=-0.5)",
         lambda c, t: c.vector_stores.file_batches.create_and_poll("vs_1", file_ids=["file-1"], max_wait_seconds=-0.5),
         ValueError, ("max_wait_seconds", ">= 0")),
    Case("file_batches.poll(poll_interval_ms=-5)",
         lambda c, t: c.vector_stores.file_batches.poll("vsfb_1", vector_store_id="vs_1", poll_interval_ms=-5),
         ValueError, ("poll_interval_ms", "positive integer")),
    Case("files.upload_and_poll(poll_interval_ms=0)",
         lambda c, t: c.vector_stores.files.upload_and_poll(vector_store_id="vs_1", file=ONE_FILE[0],
                                                            poll_interval_ms=0),
         ValueError, ("poll_interval_ms", "positive integer")),
    Case("upload_and_poll(max_concurrency=0)",
         lambda c, t: c.vector_stores.file_batches.upload_and_poll("vs_1", files=ONE_FILE, max_concurrency=0),
         ValueError, ("max_concurrency", ">= 1")),
    Case("a request timeout of -1 s", lambda c, t: c.vector_stores.retrieve("vs_1", timeout=-1),
         ValueError, ("timeout", ">= 0")),
    Case("a client timeout of -1 s", lambda c, t: OpenAI(api_key="sk-x", timeout=-1), ValueError, ("timeout", ">= 0")),
    Case("httpx2.Timeout with read=-1", lambda c, t: c.with_options(timeout=httpx2.Timeout(5, read=-1)),
         ValueError, ("timeout.read", ">= 0")),
    Case("max_retries=-1", lambda c, t: c.with_options(max_retries=-1), ValueError, ("max_retries", ">= 0")),
]
# fmt: on

CASES = ID_CASES + BODY_ID_CASES + TYPE_CASES + RANGE_CASES + MAP_CASES + FILTER_CASES + FILE_CASES + TIME_CASES


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_refused_before_any_request(case: Case, client: OpenAI, sent: Sent, tmp_path: Path, report: Report) -> None:
    """The call raises the error naming the argument and the rule, and nothing was sent."""
    raised = _raised(lambda: case.call(client, tmp_path))
    _verdict(report, case.name, case.error, case.words, raised, sent)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_unreadable_path_refused(client: OpenAI, sent: Sent, tmp_path: Path, report: Report) -> None:
    """A file without read permission is refused by name before any request."""
    path = _text(tmp_path, "secret.txt")
    path.chmod(0)
    try:
        raised = _raised(lambda: client.files.create(file=path, purpose="assistants"))
    finally:
        path.chmod(0o600)
    _verdict(report, "files.create(unreadable file, mode 000)", PermissionError, ("file", "not readable"), raised, sent)


def test_unreadable_path_refused_when_access_is_denied(
    client: OpenAI, sent: Sent, tmp_path: Path, report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same check where the permission bits cannot deny it (root): the OS says no to reading."""
    path = _text(tmp_path)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if mode == os.R_OK else real_access(p, mode, **kw))
    raised = _raised(lambda: client.vector_stores.files.upload(vector_store_id="vs_1", file=path))
    _verdict(
        report,
        "files.upload(path the OS will not let us read)",
        PermissionError,
        ("file", "not readable"),
        raised,
        sent,
    )


# --- the async client: the same checks, before the first await sends anything ---------------------------------


@dataclass(frozen=True)
class AsyncCase:
    name: str
    call: Callable[[AsyncOpenAI, Path], Awaitable[object]]
    error: type[Exception]
    words: tuple[str, ...]


# fmt: off
ASYNC_CASES = [
    AsyncCase("async vector_stores.retrieve('  ')", lambda c, t: c.vector_stores.retrieve("  "),
              ValueError, ("vector_store_id", "non-empty")),
    AsyncCase("async search(max_num_results=51)",
              lambda c, t: c.vector_stores.search("vs_1", query="q", max_num_results=51),
              ValueError, ("max_num_results", "must be <= 50")),
    AsyncCase("async filter type 'regex'",
              lambda c, t: c.vector_stores.search("vs_1", query="q", filters=REGEX),
              ValueError, ("filters.type", "must be one of")),
    AsyncCase("async files.create(missing path)",
              lambda c, t: c.files.create(file=t / "missing.txt", purpose="assistants"),
              FileNotFoundError, ("file", "no such file")),
    AsyncCase("async files.upload(nameless BytesIO) into a store",
              lambda c, t: c.vector_stores.files.upload(vector_store_id="vs_1", file=io.BytesIO(b"x")),
              ValueError, ("file", "no file name")),
    AsyncCase("async files.poll(max_wait_seconds=-1)",
              lambda c, t: c.vector_stores.files.poll("file-1", vector_store_id="vs_1", max_wait_seconds=-1),
              ValueError, ("max_wait_seconds", ">= 0")),
    AsyncCase("async upload_and_poll(max_concurrency=0)",
              lambda c, t: c.vector_stores.file_batches.upload_and_poll("vs_1", files=ONE_FILE, max_concurrency=0),
              ValueError, ("max_concurrency", ">= 1")),
    AsyncCase("async files.upload(attributes with 17 pairs)",
              lambda c, t: c.vector_stores.files.upload(vector_store_id="vs_1", file=ONE_FILE[0],
                                                        attributes=_attrs(17)),
              ValueError, ("attributes", "at most 16 keys")),
    AsyncCase("async file_batches.upload_and_poll(store '  ')",
              lambda c, t: c.vector_stores.file_batches.upload_and_poll("  ", files=ONE_FILE),
              ValueError, ("vector_store_id", "non-empty")),
]
# fmt: on


@pytest.mark.asyncio
@pytest.mark.parametrize("case", ASYNC_CASES, ids=lambda case: case.name)
async def test_async_refused_before_any_request(case: AsyncCase, tmp_path: Path, report: Report) -> None:
    """The async client refuses the same input, raising when awaited, with nothing sent."""
    sent = Sent()
    http = httpx2.AsyncClient(transport=httpx2.MockTransport(sent.ahandle))
    client = AsyncOpenAI(api_key="sk-test-bad-input", base_url=BASE_URL, max_retries=0, http_client=http)
    raised: Exception | None = None
    try:
        await case.call(client, tmp_path)
    except Exception as error:
        raised = error
    finally:
        await client.close()
    _verdict(report, case.name, case.error, case.words, raised, sent)


# --- server side: what the SDK cannot know comes back typed, with the server's words ---------------------------


@dataclass(frozen=True)
class Made:
    """A store and an uploaded file on the emulator, for the server-side cases."""

    client: OpenAI
    store_id: str
    file_id: str


@pytest.fixture
def made(server: Served) -> Iterator[Made]:
    with OpenAI(api_key=API_KEY, base_url=server.base_url, max_retries=0) as sdk:
        store = sdk.vector_stores.create(name="bad input")
        uploaded = sdk.files.create(file=("a.txt", b"hello world"), purpose="assistants")
        yield Made(sdk, store.id, uploaded.id)


@dataclass(frozen=True)
class ServerCase:
    name: str
    call: Callable[[Made], object]
    error: type[Exception]
    message: str  # a part of the server's message
    param: str


def _static(size: int, overlap: int) -> dict[str, Any]:
    return {"type": "static", "static": {"max_chunk_size_tokens": size, "chunk_overlap_tokens": overlap}}


# fmt: off
SERVER_CASES = [
    ServerCase("unknown vector store", lambda m: m.client.vector_stores.retrieve("vs_missing"),
               NotFoundError, "No such VectorStore object: vs_missing", "id"),
    ServerCase("unknown file", lambda m: m.client.files.retrieve("file-missing"),
               NotFoundError, "No such File object: file-missing", "id"),
    ServerCase("unknown file of a store",
               lambda m: m.client.vector_stores.files.retrieve("file-missing", vector_store_id=m.store_id),
               NotFoundError,
               "No such VectorStoreFile object: file-missing", "id"),
    ServerCase("unknown batch",
               lambda m: m.client.vector_stores.file_batches.retrieve("vsfb_missing", vector_store_id=m.store_id),
               NotFoundError,
               "No such VectorStoreFileBatch object: vsfb_missing", "id"),
    ServerCase("a new store naming an unknown file", lambda m: m.client.vector_stores.create(file_ids=["file-x"]),
               NotFoundError, "No such File object: file-x", "file_ids[0]"),
    ServerCase("chunk overlap over half the chunk size",
               lambda m: m.client.vector_stores.create(chunking_strategy=_static(200, 150)),
               BadRequestError,
               "must be between 0 and half of max_chunk_size_tokens (100), but got 150",
               "chunking_strategy.static.chunk_overlap_tokens"),
    ServerCase("negative chunk overlap (the document sets no minimum)",
               lambda m: m.client.vector_stores.files.create(m.store_id, file_id=m.file_id,
                                                             chunking_strategy=_static(200, -1)),
               BadRequestError, "but got -1", "chunking_strategy.static.chunk_overlap_tokens"),
    ServerCase("a batch with both file_ids and files",
               lambda m: m.client.vector_stores.file_batches.create(m.store_id, file_ids=[m.file_id],
                                                                    files=[{"file_id": m.file_id}]),
               BadRequestError, "Provide either 'file_ids' or 'files', not both.", "files"),
    ServerCase("a batch with neither file_ids nor files",
               lambda m: m.client.vector_stores.file_batches.create(m.store_id),
               BadRequestError,
               "Missing required parameter: 'file_ids'", "file_ids"),
    ServerCase("a whitespace-only query sent past the SDK's check (extra_body)",
               lambda m: m.client.vector_stores.search(m.store_id, query="x", extra_body={"query": "   "}),
               BadRequestError, "must hold a word, not only spaces", "query"),
]
# fmt: on


@pytest.mark.parametrize("case", SERVER_CASES, ids=lambda case: case.name)
def test_server_refusal_is_typed(case: ServerCase, made: Made, report: Report) -> None:
    """The emulator's 400/404 arrive as the typed error with its message and ``param``."""
    raised = _raised(lambda: case.call(made))
    message = getattr(raised, "message", None)
    param = getattr(raised, "param", None)
    observed = f"{type(raised).__name__}: message={message!r}, param={param!r}"
    passed = isinstance(raised, case.error) and case.message in str(message) and param == case.param
    report.check(
        f"server: {case.name}", f"{case.error.__name__} with {case.message!r}, param={case.param!r}", observed, passed
    )


@pytest.mark.asyncio
async def test_async_server_refusal_is_typed(server: Served, report: Report) -> None:
    """The async client types the server's 404 the same way."""
    async with AsyncOpenAI(api_key=API_KEY, base_url=server.base_url, max_retries=0) as client:
        try:
            await client.vector_stores.retrieve("vs_gone")
            raised: Exception | None = None
        except Exception as error:
            raised = error
    passed = (
        isinstance(raised, NotFoundError)
        and raised.message == "Error code: 404 - No such VectorStore object: vs_gone"
        and raised.param == "id"
        and raised.status_code == 404
    )
    report.check(
        "server (async): unknown vector store",
        "NotFoundError 404, server message, param='id'",
        f"{type(raised).__name__}: {raised}",
        passed,
    )
