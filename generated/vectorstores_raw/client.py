# Generated from openapi.yaml by make generate; do not edit.
"""The connection to the API: base URL, credentials, the httpx clients, and the one place a
request is sent (``Client.request``/``Client.arequest``), which the SDK overlays extend."""

from __future__ import annotations

import contextlib
import re
import ssl
import threading
from collections.abc import AsyncIterator, Iterator, Mapping
from types import TracebackType
from typing import Any, TypeVar
from urllib.parse import quote

import httpx
from attrs import define, evolve, field

from .errors import APIConnectionError, APIResponseValidationError, APITimeoutError, status_error
from .types import UNSET, File, FileContent, Response, Unset, iter_present, to_json

__all__ = [
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
    "query_params",
    "path_segment",
]

C = TypeVar("C", bound="Client")
T = TypeVar("T")
Timeout = float | httpx.Timeout | None


@define(slots=True)
class RequestOptions:
    """Everything one operation needs sent, before any client-wide setting is applied."""

    method: str
    url: str
    params: dict[str, Any] | None = None
    json: Any = None
    data: dict[str, Any] | None = None
    files: list[tuple[str, Any]] | None = None
    headers: dict[str, str] | None = None
    timeout: Timeout | Unset = UNSET

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
    need. ``headers`` go with every request; ``httpx_args`` go to the httpx clients built on
    first use, unless you hand your own to ``set_httpx_client``/``set_async_httpx_client``.
    """

    _base_url: str = field(alias="base_url")
    token: str | None = field(default=None, kw_only=True, repr=False)
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)
    # Threads sharing a Client must build one httpx client between them, not one each.
    _building: threading.Lock = field(factory=threading.Lock, init=False, repr=False, eq=False)

    @property
    def base_url(self) -> str:
        return self._base_url

    def with_headers(self: C, headers: Mapping[str, str]) -> C:
        """A copy of this client that also sends ``headers``."""
        return evolve(self, headers={**self._headers, **headers})

    def with_timeout(self: C, timeout: httpx.Timeout) -> C:
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

    def set_httpx_client(self: C, client: httpx.Client) -> C:
        """Use this httpx.Client as it is (its own base URL, headers and timeout apply)."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The httpx.Client requests go through, built on first use."""
        if self._client is None:
            with self._building:
                if self._client is None:
                    self._client = httpx.Client(**self._client_kwargs())
        return self._client

    def set_async_httpx_client(self: C, client: httpx.AsyncClient) -> C:
        """Use this httpx.AsyncClient as it is."""
        self._async_client = client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx.AsyncClient async requests go through, built on first use."""
        if self._async_client is None:
            with self._building:
                if self._async_client is None:
                    self._async_client = httpx.AsyncClient(**self._client_kwargs())
        return self._async_client

    def build_request(self, http: httpx.Client | httpx.AsyncClient, options: RequestOptions) -> httpx.Request:
        """Turn options into an httpx.Request on ``http``: the client's credentials are added
        here rather than to the httpx client, so they also reach a client you supplied."""
        headers = {**self.auth_headers(), **(options.headers or {})}
        check_headers(headers)
        return http.build_request(
            options.method,
            options.url,
            params=options.params,
            json=options.json,
            data=options.data,
            files=options.files,
            headers=headers,
            timeout=httpx.USE_CLIENT_DEFAULT if isinstance(options.timeout, Unset) else options.timeout,
        )

    def request(self, options: RequestOptions) -> httpx.Response:
        """Send one request and read its body. Transport failures become APIConnectionError or
        APITimeoutError, a non-2xx status its typed APIStatusError."""
        http = self.get_httpx_client()
        request = self.build_request(http, options)
        with _transport_errors(request):
            response = http.send(request)
            response.read()
        check_status(response)
        return response

    async def arequest(self, options: RequestOptions) -> httpx.Response:
        """The async twin of ``request``."""
        http = self.get_async_httpx_client()
        request = self.build_request(http, options)
        with _transport_errors(request):
            response = await http.send(request)
            await response.aread()
        check_status(response)
        return response

    def open_stream(self, options: RequestOptions) -> httpx.Response:
        """Send one request and return the response with its body unread, for reading in chunks
        (close it when done; ``stream`` does). Errors are raised as ``request`` raises them."""
        http = self.get_httpx_client()
        request = self.build_request(http, options)
        with _transport_errors(request):
            response = http.send(request, stream=True)
            if not 200 <= response.status_code < 300:
                response.read()  # the error body, for the typed error's message
        check_status(response)
        return response

    async def aopen_stream(self, options: RequestOptions) -> httpx.Response:
        """The async twin of ``open_stream``."""
        http = self.get_async_httpx_client()
        request = self.build_request(http, options)
        with _transport_errors(request):
            response = await http.send(request, stream=True)
            if not 200 <= response.status_code < 300:
                await response.aread()
        check_status(response)
        return response

    @contextlib.contextmanager
    def stream(self, options: RequestOptions) -> Iterator[httpx.Response]:
        """``with client.stream(options) as response: for chunk in response.iter_bytes(): ...``"""
        response = self.open_stream(options)
        try:
            yield response
        finally:
            response.close()

    @contextlib.asynccontextmanager
    async def astream(self, options: RequestOptions) -> AsyncIterator[httpx.Response]:
        """The async twin of ``stream``."""
        response = await self.aopen_stream(options)
        try:
            yield response
        finally:
            await response.aclose()

    def close(self) -> None:
        """Close the sync httpx client, if one was built."""
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        """Close the async httpx client, if one was built."""
        if self._async_client is not None:
            await self._async_client.aclose()

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


@contextlib.contextmanager
def _transport_errors(request: httpx.Request) -> Iterator[None]:
    """Turn httpx's transport failures into this package's connection errors."""
    try:
        yield
    except httpx.TimeoutException as error:
        raise APITimeoutError(request) from error
    except httpx.TransportError as error:
        raise APIConnectionError(f"Connection error: {type(error).__name__}", request) from error


# The generator's templates name an authenticated client; here one class serves both.
AuthenticatedClient = Client


def check_status(response: httpx.Response) -> None:
    """Raise the typed error of a non-2xx response."""
    if not 200 <= response.status_code < 300:
        raise status_error(response)


def parse_json(response: httpx.Response) -> Any:
    """The JSON body of a 2xx response, or APIResponseValidationError if it is not JSON."""
    try:
        return response.json()
    except ValueError:
        raise APIResponseValidationError(response, "response body is not valid JSON") from None


def parse_object(response: httpx.Response) -> dict[str, Any]:
    """The JSON object of a 2xx response; any other body is APIResponseValidationError."""
    body = parse_json(response)
    if not isinstance(body, dict):
        raise APIResponseValidationError(response, f"expected a JSON object, got {type(body).__name__}", body)
    return body


def build_response(response: httpx.Response, parsed: T) -> Response[T]:
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

    ``quote`` leaves ``.`` and ``..`` as they are, and httpx then drops or climbs over them
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


def json_body(fields: Mapping[str, Any], extra: Mapping[str, object] | None) -> dict[str, Any]:
    """The JSON body: given arguments (models and plain data alike), then ``extra_body``."""
    return {name: to_json(value) for name, value in iter_present({**fields, **(extra or {})})}


def multipart_body(
    fields: Mapping[str, Any], files: Mapping[str, Any], extra: Mapping[str, object] | None
) -> dict[str, Any]:
    """``data`` and ``files`` for a multipart body. Nested objects are sent the way the API reads
    form fields, as ``name[key]=value``."""
    data: dict[str, Any] = {}
    for name, value in iter_present({**fields, **(extra or {})}):
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


def _file_part(name: str, value: Any) -> tuple[str | None, FileContent, str | None]:
    if isinstance(value, File):
        return value.to_tuple()
    if isinstance(value, tuple) and len(value) in (2, 3):
        return (value[0], value[1], value[2] if len(value) == 3 else None)
    raise TypeError(f"{name} must be a File or a (filename, content[, content_type]) tuple, got {type(value).__name__}")
