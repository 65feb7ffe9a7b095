"""The connection to the API: base URL, credentials, the httpx2 clients, and the one place a
request is sent (``Client.request``/``Client.arequest``), which the SDK overlays extend."""

from __future__ import annotations

import contextlib
import os
import re
import ssl
import sys
import threading
import time
import zlib
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from types import TracebackType
from typing import Any, TypeVar
from urllib.parse import quote

import httpx2
from attrs import define, evolve, field

from .errors import APIConnectionError, APIResponseValidationError, APITimeoutError, OpenAIError, status_error
from .types import UNSET, File, PartTuple, Response, Unset, iter_present, to_json

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "AuthenticatedClient",
    "Client",
    "RequestOptions",
    "Timeout",
    "build_response",
    "check_headers",
    "check_status",
    "json_body",
    "multipart_body",
    "parse_json",
    "parse_object",
    "path_segment",
    "query_params",
    "split_userinfo",
]

C = TypeVar("C", bound="Client")
T = TypeVar("T")
Timeout = float | httpx2.Timeout | None
# Far above any JSON answer of this API (a page of 100 objects is tens of KiB), far below what
# would hurt a process: the bound on what a server can make the client hold in memory.
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024


@define(slots=True)
class RequestOptions:
    """Everything one operation needs sent, before any client-wide setting is applied."""

    method: str
    url: str
    params: dict[str, Any] | None = None
    json: Any = None
    data: dict[str, Any] | None = None
    files: list[tuple[str, Any]] | None = None
    headers: dict[str, str | Unset] | None = None  # ``omit`` leaves a header out
    timeout: Timeout | Unset = UNSET
    # A file download: its 2xx body is the user's data, of any size, not JSON to be capped.
    binary: bool = False

    @property
    def replayable(self) -> bool:
        """Whether the body can be sent again: streams without ``seek`` cannot."""
        return all(_seekable(part[1][1]) for part in self.files or ())


def _seekable(content: Any) -> bool:
    return isinstance(content, (bytes, str)) or (
        hasattr(content, "seek") and getattr(content, "seekable", lambda: True)()
    )


@define
class Client:
    """Where and how to reach the API.

    ``Client(base_url="https://api.openai.com/v1", token="sk-...")`` is all the raw operations
    need. ``headers`` go with every request; ``httpx_args`` go to the httpx2 clients built on
    first use, unless you hand your own to ``set_httpx_client``/``set_async_httpx_client``.

    A JSON answer larger than ``max_response_bytes`` (after decompression) is refused with
    APIResponseValidationError; None lifts the cap. ``deadline`` bounds, in seconds, one
    attempt from sending to the last byte of the answer, however slowly the bytes arrive (no
    single wait may outlast it either). A user name and password in ``base_url`` are taken
    out of it and sent as Basic auth, as httpx2 sends those of a URL.
    """

    _base_url: str = field(alias="base_url")
    token: str | None = field(default=None, kw_only=True, repr=False)
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx2.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    max_response_bytes: int | None = field(default=DEFAULT_MAX_RESPONSE_BYTES, kw_only=True)
    deadline: float | None = field(default=None, kw_only=True)
    _url_auth: httpx2.Auth | None = field(default=None, kw_only=True, alias="url_auth", repr=False)
    # A lambda: _HttpxClients is defined below, after this class body is evaluated.
    _clients: _HttpxClients = field(factory=lambda: _HttpxClients(), init=False, repr=False, eq=False)  # noqa: PLW0108

    def __attrs_post_init__(self) -> None:
        # A password in the URL would show wherever the URL does: reprs, error messages, logs,
        # the request in a traceback. It is kept apart and sent the way httpx2 sends it.
        self._base_url, found = split_userinfo(self._base_url)
        if found is not None:
            self._url_auth = found

    @property
    def base_url(self) -> str:
        return self._base_url

    def with_headers(self: C, headers: Mapping[str, str]) -> C:
        """A copy of this client that also sends ``headers``."""
        return evolve(self, headers={**self._headers, **headers})

    def with_timeout(self: C, timeout: httpx2.Timeout) -> C:
        """A copy of this client with another default timeout."""
        return evolve(self, timeout=timeout)

    def auth_headers(self) -> dict[str, str]:
        """The credential headers; empty without a token."""
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    def _client_kwargs(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "headers": self._headers,
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }

    def set_httpx_client(self: C, client: httpx2.Client) -> C:
        """Use this httpx2.Client as it is (its own base URL, headers and timeout apply)."""
        self._clients.here().use_sync(client)
        return self

    def get_httpx_client(self) -> httpx2.Client:
        """The httpx2.Client requests go through, built on first use (and again in a forked child)."""
        return self._clients.here().sync_client(lambda: _OwnedClient(**self._client_kwargs()))

    def set_async_httpx_client(self: C, client: httpx2.AsyncClient) -> C:
        """Use this httpx2.AsyncClient as it is: then only from one event loop."""
        self._clients.here().use_async(client)
        return self

    def get_async_httpx_client(self) -> httpx2.AsyncClient:
        """The httpx2.AsyncClient async requests go through: one built per event loop, since its
        connections belong to the loop that opened them."""
        return self._clients.here().async_client(lambda: httpx2.AsyncClient(**self._client_kwargs()))

    def share_connections(self: C, other: Client) -> C:
        """Send through the httpx2 clients ``other`` has built so far (one pool for both)."""
        self._clients.here().adopt(other._clients.here())
        return self

    @property
    def _client(self) -> httpx2.Client | None:
        """The sync httpx2 client in use, if any (for inspection)."""
        return self._clients.here().sync

    @property
    def _async_client(self) -> httpx2.AsyncClient | None:
        """The async httpx2 client of the running event loop, if any (for inspection)."""
        return self._clients.here().async_for(_running_loop())

    def build_request(self, http: httpx2.Client | httpx2.AsyncClient, options: RequestOptions) -> httpx2.Request:
        """Turn options into an httpx2.Request on ``http``: the client's credentials are added
        here rather than to the httpx2 client, so they also reach a client you supplied."""
        # A header given as ``omit`` (or NOT_GIVEN) is left out, the client's own ones included.
        headers = {
            k: v for k, v in {**self.auth_headers(), **(options.headers or {})}.items() if not isinstance(v, Unset)
        }
        check_headers(headers)
        timeout = options.timeout
        if self.deadline is not None:  # no single wait may outlast the whole
            timeout = _within(http.timeout if isinstance(timeout, Unset) else timeout, self.deadline)
        return http.build_request(
            options.method,
            options.url,
            params=options.params,
            json=options.json,
            data=options.data,
            files=options.files,
            headers=headers,
            timeout=httpx2.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
        )

    def _auth(self, http: httpx2.Client | httpx2.AsyncClient) -> dict[str, Any]:
        """``send`` arguments for the credentials of the URL: used, as httpx2 would use them,
        unless the httpx2 client has auth of its own."""
        return {"auth": self._url_auth} if self._url_auth is not None and http.auth is None else {}

    def _limit(self, options: RequestOptions, response: httpx2.Response) -> int | None:
        if options.binary and 200 <= response.status_code < 300:
            return None
        return self.max_response_bytes

    def request(self, options: RequestOptions) -> httpx2.Response:
        """Send one request and read its body. Transport failures become APIConnectionError or
        APITimeoutError, a non-2xx status its typed APIStatusError, a body over the size limit
        or past the deadline APIResponseValidationError or APITimeoutError."""
        http = self.get_httpx_client()
        request = self.build_request(http, options)
        expires = None if self.deadline is None else time.monotonic() + self.deadline
        with _transport_errors(request):
            response = http.send(request, stream=True, **self._auth(http))
            _read(response, _Body(response, self._limit(options, response), expires))
        check_status(response)
        return response

    async def arequest(self, options: RequestOptions) -> httpx2.Response:
        """The async twin of ``request``; here the deadline also covers connecting and waiting."""
        http = self.get_async_httpx_client()
        request = self.build_request(http, options)
        with _transport_errors(request), _async_deadline(self.deadline, request):
            response = await http.send(request, stream=True, **self._auth(http))
            await _aread(response, _Body(response, self._limit(options, response), None))
        check_status(response)
        return response

    def open_stream(self, options: RequestOptions) -> httpx2.Response:
        """Send one request and return the response with its body unread, for reading in chunks
        (close it when done; ``stream`` does). Errors are raised as ``request`` raises them."""
        http = self.get_httpx_client()
        request = self.build_request(http, options)
        with _transport_errors(request):
            response = http.send(request, stream=True, **self._auth(http))
            if not 200 <= response.status_code < 300:  # the error body, for the typed error's message
                _read(response, _Body(response, self.max_response_bytes, None))
        check_status(response)
        return response

    async def aopen_stream(self, options: RequestOptions) -> httpx2.Response:
        """The async twin of ``open_stream``."""
        http = self.get_async_httpx_client()
        request = self.build_request(http, options)
        with _transport_errors(request):
            response = await http.send(request, stream=True, **self._auth(http))
            if not 200 <= response.status_code < 300:
                await _aread(response, _Body(response, self.max_response_bytes, None))
        check_status(response)
        return response

    @contextlib.contextmanager
    def stream(self, options: RequestOptions) -> Iterator[httpx2.Response]:
        """``with client.stream(options) as response: for chunk in response.iter_bytes(): ...``"""
        response = self.open_stream(options)
        try:
            yield response
        finally:
            response.close()

    @contextlib.asynccontextmanager
    async def astream(self, options: RequestOptions) -> AsyncIterator[httpx2.Response]:
        """The async twin of ``stream``."""
        response = await self.aopen_stream(options)
        try:
            yield response
        finally:
            await response.aclose()

    def is_closed(self, asynchronous: bool = False) -> bool:
        """Whether the httpx2 client in use (the async one of this event loop) has been closed."""
        clients = self._clients.here()
        found = clients.async_for(_running_loop()) if asynchronous else clients.sync
        return found is not None and found.is_closed

    def close(self) -> None:
        """Close the sync httpx2 client, if one was built or given."""
        found = self._clients.here().sync
        if found is not None:
            found.close()

    async def aclose(self) -> None:
        """Close the async httpx2 client of this event loop, or the one given."""
        found = self._clients.here().release_async(_running_loop())
        if found is not None:
            await found.aclose()

    def __enter__(self: C) -> C:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    async def __aenter__(self: C) -> C:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


class _OwnedClient(httpx2.Client):
    """An httpx2 client the SDK made itself: its connections are closed when nothing holds it any
    more, as openai-python's are, rather than left to the interpreter's exit (ResourceWarning)."""

    def __del__(self) -> None:
        with contextlib.suppress(Exception):  # half-built, or the interpreter is shutting down
            if not self.is_closed:
                self.close()


def split_userinfo(url: str) -> tuple[str, httpx2.BasicAuth | None]:
    """``url`` without a ``user:password@`` part, and that part as Basic auth (None without one)."""
    if "@" not in url:  # the common case, left exactly as written
        return url, None
    parsed = httpx2.URL(url)
    if not parsed.userinfo:
        return url, None
    return str(parsed.copy_with(userinfo=b"")), httpx2.BasicAuth(parsed.username, parsed.password)


def _within(timeout: Timeout, seconds: float) -> httpx2.Timeout:
    """``timeout`` with no part longer than ``seconds`` (None, no limit, becomes ``seconds``)."""
    given = timeout if isinstance(timeout, httpx2.Timeout) else httpx2.Timeout(timeout)
    parts = (given.connect, given.read, given.write, given.pool)
    connect, read, write, pool = (seconds if part is None else min(part, seconds) for part in parts)
    return httpx2.Timeout(connect=connect, read=read, write=write, pool=pool)


@contextlib.contextmanager
def _async_deadline(seconds: float | None, request: httpx2.Request) -> Iterator[None]:
    """Cancel what runs inside after ``seconds``, raising APITimeoutError; nothing when None."""
    if seconds is None:
        yield
        return
    import anyio  # httpx2's own async layer; imported here so sync programs never load it

    try:
        with anyio.fail_after(seconds):
            yield
    except TimeoutError:
        raise APITimeoutError(request) from None


def _running_loop() -> object | None:
    """The event loop running in this thread (an asyncio loop, a trio run's token), None outside one.

    An async httpx2 client's connections belong to the loop that opened them, whatever the loop."""
    # A program that never imported asyncio runs no asyncio loop: do not load it for nothing.
    module = sys.modules.get("asyncio")
    if module is not None:
        try:
            loop: object = module.get_running_loop()  # the common case, and a tenth of anyio's cost
        except RuntimeError:
            pass
        else:
            return loop
    if "trio" not in sys.modules:  # the other event loop anyio (and so httpx2) runs on
        return None
    import anyio.lowlevel

    try:
        return anyio.lowlevel.current_token().native_token
    except RuntimeError:  # NoEventLoopError: called from synchronous code
        return None


class _HttpxClients:
    """The httpx2 clients one Client sends through. Those it builds belong to the process that
    built them, and an async one to its event loop as well: a forked child, or another loop,
    gets new ones, since inherited connections would mix the two processes' answers, and a
    closed loop's connections fail with "Event loop is closed". Clients given by the user are
    used as they are, an async one only from the loop it was first used in."""

    def __init__(self) -> None:
        self.pid = os.getpid()
        self.lock = threading.Lock()  # threads sharing a Client build one httpx2 client between them
        self.sync: httpx2.Client | None = None
        self.sync_given = False
        self.by_loop: dict[object | None, httpx2.AsyncClient] = {}
        self.given_async: httpx2.AsyncClient | None = None
        self.given_loop: object | None = None

    def here(self) -> _HttpxClients:
        """These clients, after forgetting any built in a parent process."""
        if self.pid != os.getpid():
            # Not closed: the parent's connections are the same sockets, and closing one could
            # reach the server (an HTTP/2 goodbye). A lock held by a parent thread at fork time
            # would never be released here, so a fresh one.
            self.pid = os.getpid()
            self.lock = threading.Lock()
            if not self.sync_given:
                self.sync = None
            self.by_loop = {}
        return self

    def use_sync(self, client: httpx2.Client) -> None:
        self.sync, self.sync_given = client, True

    def use_async(self, client: httpx2.AsyncClient) -> None:
        self.given_async, self.given_loop = client, None

    def sync_client(self, build: Callable[[], httpx2.Client]) -> httpx2.Client:
        found = self.sync
        if found is None:
            with self.lock:
                found = self.sync
                if found is None:
                    found = self.sync = build()
        return found

    def async_client(self, build: Callable[[], httpx2.AsyncClient]) -> httpx2.AsyncClient:
        loop = _running_loop()
        if self.given_async is not None:
            return self._given_in(loop)
        found = self.by_loop.get(loop)
        if found is None:
            with self.lock:
                found = self.by_loop.get(loop)
                if found is None:
                    # Those of finished loops can be neither used nor closed any more.
                    self.by_loop = {key: value for key, value in self.by_loop.items() if not _closed(key)}
                    found = self.by_loop[loop] = build()
        return found

    def _given_in(self, loop: object | None) -> httpx2.AsyncClient:
        given = self.given_async
        assert given is not None
        if self.given_loop is None:
            self.given_loop = loop
        elif loop is not self.given_loop:
            raise OpenAIError(
                "This AsyncOpenAI client was given an http_client that was first used in another event loop; "
                "an httpx2.AsyncClient's connections belong to the loop that opened them and fail in any "
                "other (for example after a second asyncio.run or trio.run). Create the client and its "
                "http_client inside the loop that uses them, or pass no http_client: the SDK then builds one "
                "per loop."
            )
        return given

    def async_for(self, loop: object | None) -> httpx2.AsyncClient | None:
        return self.given_async if self.given_async is not None else self.by_loop.get(loop)

    def release_async(self, loop: object | None) -> httpx2.AsyncClient | None:
        """The async client to close for ``loop`` (forgotten here, so the next call opens anew)."""
        if self.given_async is not None:
            return self.given_async
        with self.lock:
            return self.by_loop.pop(loop, None)

    def adopt(self, other: _HttpxClients) -> None:
        if other.sync is not None and not self.sync_given:
            self.sync = other.sync
        if self.given_async is None:
            self.by_loop.update(other.by_loop)


def _closed(loop: object | None) -> bool:
    """Whether ``loop`` (as ``_running_loop`` gave it) has ended, so its clients are dead."""
    if loop is None:
        return False
    is_closed = getattr(loop, "is_closed", None)  # an asyncio loop
    if callable(is_closed):
        return bool(is_closed())
    trio = sys.modules.get("trio")
    if trio is not None and isinstance(loop, trio.lowlevel.TrioToken):
        try:  # trio's public way to ask whether a run is over: scheduling into it then fails
            loop.run_sync_soon(_nothing)
        except trio.RunFinishedError:
            return True
    return False


def _nothing() -> None:
    """A callback that does nothing, for ``_closed``'s probe."""


_STEP = 64 * 1024  # the most decompressed output made at once


class _Body:
    """A response body read into memory within limits: at most ``limit`` bytes once
    decompressed, and no reading past ``expires`` (a ``time.monotonic()`` value). gzip and
    deflate are inflated here in bounded steps, so a small compressed body cannot grow huge in
    one go before the limit sees it; other encodings are left to httpx2. A body over the limit
    fails a 2xx answer; of an error answer, the start is kept for the error's message."""

    def __init__(self, response: httpx2.Response, limit: int | None, expires: float | None) -> None:
        self.response = response
        self.limit = limit
        self.expires = expires
        self.chunks: list[bytes] = []
        self.size = 0
        self.problem: str | None = None
        self.late = False
        self.encoding = response.headers.get("content-encoding", "").strip().lower()
        self._inflater: Any = None
        if self.encoding in ("gzip", "x-gzip"):
            self._inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
        elif self.encoding == "deflate":
            self._inflater = zlib.decompressobj()
        self._raw = self._inflater is not None or self.encoding in ("", "identity")
        # A body already read (httpx2.MockTransport builds them so) is only measured.
        self.preread = response.is_stream_consumed
        success = 200 <= response.status_code < 300
        declared = response.headers.get("content-length", "")
        if limit is None or not success:
            return
        if self.preread and len(response.content) > limit:
            self._refuse(f"{len(response.content)} bytes")
        elif declared.isdigit() and int(declared) > limit:  # refused before a byte is read
            self._refuse(f"{declared} bytes declared")

    def source(self, raw: Callable[[], T], decoded: Callable[[], T]) -> T:
        """What to read: the bytes as sent when they are decoded here, else httpx2's decoding
        (which also replays a body already read)."""
        return raw() if self._raw and not self.preread else decoded()

    def _refuse(self, what: str) -> None:
        self.problem = f"response body too large ({what}; the limit is max_response_bytes={self.limit})"

    def add(self, data: bytes) -> bool:
        """Take one chunk as read; False when reading must stop."""
        if self.problem is not None or self.preread:
            return False
        try:
            for piece in self._inflate(data):
                room = None if self.limit is None else self.limit - self.size
                if room is not None and len(piece) > room:
                    self.chunks.append(piece[:room])
                    self.size += room
                    self._refuse(f"more than {self.limit} bytes")
                    return False
                self.chunks.append(piece)
                self.size += len(piece)
        except zlib.error:
            self.problem = f"response body could not be decoded (content-encoding: {self.encoding})"
            return False
        if self.expires is not None and time.monotonic() > self.expires:
            self.late = True
            return False
        return True

    def _inflate(self, data: bytes) -> Iterator[bytes]:
        if self._inflater is None:
            yield data
            return
        while True:
            try:
                piece: bytes = self._inflater.decompress(data, _STEP)
            except zlib.error:
                if self.encoding != "deflate" or self.size:
                    raise
                # Some servers send raw deflate, without the zlib wrapper; httpx2 reads both.
                self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                continue
            data = self._inflater.unconsumed_tail
            if piece:
                yield piece
            if not data and len(piece) < _STEP:
                return

    def finish(self) -> None:
        """Give the response what was read; raise if reading stopped early on a 2xx answer."""
        response = self.response
        chunks, self.chunks = self.chunks, []  # not kept alive by a traceback holding this frame
        if self.problem is not None and 200 <= response.status_code < 300:
            chunks = _head(chunks, _STEP)  # the start, for the error's message; the rest was refused
        if not self.preread:
            response._content = b"".join(chunks)
        if self.late:
            raise APITimeoutError(response.request)
        if self.problem is not None and 200 <= response.status_code < 300:
            raise APIResponseValidationError(response, self.problem)


def _read(response: httpx2.Response, body: _Body) -> None:
    """Read ``response`` into ``body`` within its limits, then close it (unread bytes and all)."""
    try:
        for raw in body.source(response.iter_raw, response.iter_bytes):
            if not body.add(raw):
                break
    finally:
        response.close()
    body.finish()


async def _aread(response: httpx2.Response, body: _Body) -> None:
    """The async twin of ``_read``."""
    chunks = body.source(response.aiter_raw, response.aiter_bytes)
    try:
        async for raw in chunks:
            if not body.add(raw):
                break
    finally:
        # Left after a break, the generator would be finalised whenever it is collected, which
        # trio reports as a ResourceWarning: close it here, in the loop that runs it.
        close = getattr(chunks, "aclose", None)
        if close is not None:
            await close()
        await response.aclose()
    body.finish()


def _head(chunks: list[bytes], size: int) -> list[bytes]:
    """The first chunks, up to about ``size`` bytes."""
    head: list[bytes] = []
    kept = 0
    for chunk in chunks:
        if kept >= size:
            break
        head.append(chunk)
        kept += len(chunk)
    return head


@contextlib.contextmanager
def _transport_errors(request: httpx2.Request) -> Iterator[None]:
    """Turn httpx2's transport failures into this package's connection errors."""
    try:
        yield
    except httpx2.TimeoutException as error:
        raise APITimeoutError(request) from error
    except httpx2.TransportError as error:
        raise APIConnectionError(f"Connection error: {type(error).__name__}", request) from error


# The generator's templates name an authenticated client; here one class serves both.
AuthenticatedClient = Client


def check_status(response: httpx2.Response) -> None:
    """Raise the typed error of a non-2xx response."""
    if not 200 <= response.status_code < 300:
        raise status_error(response)


def parse_json(response: httpx2.Response) -> Any:
    """The JSON body of a 2xx response, or APIResponseValidationError if it is not JSON."""
    try:
        return response.json()
    except ValueError:
        raise APIResponseValidationError(response, "response body is not valid JSON") from None
    except RecursionError:  # nesting deeper than Python's stack: no answer of this API is
        raise APIResponseValidationError(response, "response body is nested too deeply") from None


def parse_object(response: httpx2.Response) -> dict[str, Any]:
    """The JSON object of a 2xx response; any other body is APIResponseValidationError."""
    body = parse_json(response)
    if not isinstance(body, dict):
        raise APIResponseValidationError(response, f"expected a JSON object, got {type(body).__name__}", body)
    return body


def build_response(response: httpx2.Response, parsed: T) -> Response[T]:
    """Wrap a parsed result with the response it came from."""
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        http_response=response,
    )


# --- Building requests ---------------------------------------------------------------------------


# What may go on the wire (RFC 9110): a name is a token; a value is visible ASCII with spaces or
# tabs inside. Checked before sending: h11 refuses anything else only mid-send, as a connection
# error that retries would repeat, backoff and all, to no avail; and a CR or LF that another
# transport let through would split the request.
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_HEADER_VALUE = re.compile(r"(?:[\x21-\x7e](?:[\t\x20-\x7e]*[\x21-\x7e])?)?")


def check_headers(headers: Mapping[str, Any]) -> None:
    """A ValueError naming the first header that cannot be sent as it is. Values are never
    shown: the one at fault may be a credential."""
    for name, value in headers.items():
        if isinstance(name, str) and not _HEADER_NAME.fullmatch(name):
            raise ValueError(
                f"Header name {name!r} cannot be sent: a header name is letters, digits and !#$%&'*+-.^_`|~ only"
            )
        if isinstance(value, str) and not _HEADER_VALUE.fullmatch(value):
            raise ValueError(f"Header {name!r} cannot be sent: its value {_header_fault(value)}")


def _header_fault(value: str) -> str:
    for index, char in enumerate(value):
        if char in "\r\n":
            return f"holds a line break (CR or LF) at index {index}"
        if not ("\x20" <= char <= "\x7e" or char == "\t"):
            kind = "a non-ASCII" if ord(char) > 0x7F else "a control"
            return f"holds {kind} character at index {index}; only visible ASCII, spaces and tabs can be sent"
    return "starts or ends with whitespace, which HTTP does not keep"


# Characters that would let a path parameter reach another resource: "/" and "\\" split
# segments (some servers decode %2F, and WHATWG parsers read "\\" as "/"); control characters
# end or fold the request line.
_SEGMENT_BREAKERS = re.compile(r"[/\\\x00-\x1f\x7f]")


def path_segment(name: str, value: object) -> str:
    """``value`` quoted as exactly one path segment, or an error naming ``name`` before anything is sent.

    ``quote`` leaves ``.`` and ``..`` as they are, and httpx2 then drops or climbs over them
    (``/vector_stores/vs_1/files/..`` is ``/vector_stores/vs_1``), so a bad id would reach
    another resource, possibly a delete of the parent.
    """
    if not isinstance(value, str):
        raise TypeError(f"`{name}` must be a string, got {type(value).__name__}")
    if not value.strip():  # the official SDK's words for the empty case
        raise ValueError(f"Expected a non-empty value for `{name}` but received {value!r}")
    if value in (".", "..") or _SEGMENT_BREAKERS.search(value):
        raise ValueError(
            f"Expected `{name}` to be one path segment (not '.' or '..', no '/', '\\' or control characters)"
            f" but received {value!r}"
        )
    return quote(value, safe="")


def query_params(fields: Mapping[str, Any], extra: Mapping[str, object] | None) -> dict[str, Any] | None:
    """The query string: given arguments, then ``extra_query`` on top."""
    params = {name: _query_value(value) for name, value in iter_present({**fields, **(extra or {})})}
    return params or None


def _query_value(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return to_json(value)


def _extra_body(extra: object) -> Mapping[str, Any]:
    """``extra_body`` is typed ``object`` as openai-python types it; what is sent must be keys."""
    if extra is None:
        return {}
    if not isinstance(extra, Mapping):
        raise TypeError(f"extra_body must be a mapping of body keys to values, got {type(extra).__name__}")
    return extra


def json_body(fields: Mapping[str, Any], extra: object) -> dict[str, Any]:
    """The JSON body: given arguments (models and plain data alike), then ``extra_body``."""
    return {name: to_json(value) for name, value in iter_present({**fields, **_extra_body(extra)})}


def multipart_body(fields: Mapping[str, Any], files: Mapping[str, Any], extra: object) -> dict[str, Any]:
    """``data`` and ``files`` for a multipart body. Nested objects are sent the way the API reads
    form fields, as ``name[key]=value``."""
    data: dict[str, Any] = {}
    for name, value in iter_present({**fields, **_extra_body(extra)}):
        _flatten_form(name, to_json(value), data)
    parts = [(name, _file_part(name, value)) for name, value in iter_present(files)]
    return {"data": data or None, "files": parts or None}


def _flatten_form(name: str, value: Any, into: dict[str, Any]) -> None:
    if isinstance(value, dict):
        for key, inner in value.items():
            _flatten_form(f"{name}[{key}]", inner, into)
    elif isinstance(value, list):
        into[f"{name}[]"] = [_form_scalar(item) for item in value]
    elif value is not None:
        into[name] = _form_scalar(value)


def _form_scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _file_part(name: str, value: Any) -> PartTuple:
    if isinstance(value, File):
        return value.to_tuple()
    if isinstance(value, tuple) and len(value) == 4:
        return (value[0], value[1], value[2], value[3])
    if isinstance(value, tuple) and len(value) in (2, 3):
        return (value[0], value[1], value[2] if len(value) == 3 else None)
    raise TypeError(
        f"{name} must be a File or a (filename, content[, content_type[, headers]]) tuple, got {type(value).__name__}"
    )
