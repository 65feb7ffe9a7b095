"""``OpenAI`` and ``AsyncOpenAI``: configuration, the connection with retries, the resources."""

from __future__ import annotations

import logging
import os
import platform
import threading
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, NoReturn, TypeVar

import httpx2
from attrs import define, evolve, field
from vectorstores_raw.client import DEFAULT_MAX_RESPONSE_BYTES, Client, RequestOptions, split_userinfo
from vectorstores_raw.errors import OpenAIError
from vectorstores_raw.types import NOT_GIVEN, NotGiven, Unset

from ._clock import Clock
from ._resource import _with_request_id
from ._retries import RetryPolicy
from ._version import __version__
from .resources._root import AsyncResources, Resources

if TYPE_CHECKING:
    from .resources.vector_stores import AsyncVectorStores, VectorStores

__all__ = [
    "DEFAULT_CONNECTION_LIMITS",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncOpenAI",
    "DefaultAsyncHttpx2Client",
    "DefaultAsyncHttpxClient",
    "DefaultHttpx2Client",
    "DefaultHttpxClient",
    "OpenAI",
]

DEFAULT_BASE_URL = "https://api.openai.com/v1"
DEFAULT_TIMEOUT = httpx2.Timeout(600.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
# Keep as many idle connections as may be open: with fewer, a burst of concurrent calls closes
# connections it will open again a moment later.
DEFAULT_LIMITS = httpx2.Limits(max_connections=100, max_keepalive_connections=100)
DEFAULT_CONNECTION_LIMITS = DEFAULT_LIMITS  # openai-python's name
_CONNECTING = threading.Lock()
# openai-python names its language on every request; so do we, so that traffic from either SDK
# looks alike to the API (openai-python's own tests check it). Its other platform headers are
# left out: every header costs time on every call, and the API does not need them.
_PLATFORM_HEADERS = {"X-Stainless-Lang": "python"}
_Self = TypeVar("_Self", bound="_BaseClient[Any]")
# The httpx2 client a client sends with: httpx2.Client for OpenAI, httpx2.AsyncClient for AsyncOpenAI.
HttpT = TypeVar("HttpT", httpx2.Client, httpx2.AsyncClient)
V = TypeVar("V")
T = TypeVar("T")
# What openai-python's ``options=`` of client.get/post/... may carry here.
_CUSTOM_OPTIONS = frozenset({"headers", "params", "timeout", "extra_json"})


def _setup_logging() -> None:
    """``OPENAI_LOG=info`` (or ``debug``) logs each request and retry to stderr, as
    openai-python does: httpx2's request lines and the SDK's retries."""
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(os.environ.get("OPENAI_LOG", "").lower())
    if level is not None:
        logging.basicConfig(
            format="[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s", datefmt="%Y-%m-%d %H:%M:%S"
        )
        for name in ("vectorstores", "httpx2"):
            logging.getLogger(name).setLevel(level)


_setup_logging()


_PARTS = ("connect", "read", "write", "pool")


def _checked_timeout(timeout: Any, name: str = "timeout") -> Any:
    """The timeout to use, refused before anything is sent when httpx2 would misread it or fail
    on it deep inside: a wrong type (a bool is not a number of seconds here), a negative or NaN
    number of seconds."""
    if timeout is None or isinstance(timeout, Unset):
        return timeout
    if isinstance(timeout, httpx2.Timeout):
        parts = {f"{name}.{part}": getattr(timeout, part) for part in _PARTS}
    elif isinstance(timeout, (int, float)) and not isinstance(timeout, bool):
        parts = {name: timeout}
    else:
        raise TypeError(f"{name} must be a number of seconds, an httpx2.Timeout or None, got {timeout!r}")
    for where, seconds in parts.items():
        if seconds is not None and not seconds >= 0:  # `not >=` also catches NaN
            raise ValueError(f"{where} must be a number of seconds >= 0, got {seconds!r}")
    return timeout


def _check_limits(max_response_bytes: object, deadline: object) -> None:
    """Refuse a size cap that is not a positive whole number of bytes, or a deadline that is
    not a number of seconds > 0 (None lifts either)."""
    if max_response_bytes is not None and (
        not isinstance(max_response_bytes, int) or isinstance(max_response_bytes, bool) or max_response_bytes < 1
    ):
        raise ValueError(f"max_response_bytes must be a number of bytes >= 1 or None, got {max_response_bytes!r}")
    if deadline is not None and (
        not isinstance(deadline, (int, float)) or isinstance(deadline, bool) or not deadline > 0  # `not >` catches NaN
    ):
        raise ValueError(f"deadline must be a number of seconds > 0 or None, got {deadline!r}")


def _check_types(options: Mapping[str, tuple[object, type | tuple[type, ...], str]]) -> None:
    """TypeError for the first option given with the wrong type, naming it (never its value)."""
    for name, (value, kinds, expected) in options.items():
        if value is not None and not isinstance(value, kinds):
            raise TypeError(f"{name} must be {expected} or None, got {type(value).__name__}")


def _check_http_client(given: object, expected: type[httpx2.Client | httpx2.AsyncClient]) -> None:
    """TypeError for an ``http_client`` of the wrong kind; one from the httpx package (which
    this SDK does not send with) gets told what to pass instead."""
    if given is None or isinstance(given, expected):
        return
    wanted = f"httpx2.{expected.__name__}"
    if any(kind.__module__.split(".")[0] == "httpx" for kind in type(given).__mro__):
        kind = f"{type(given).__module__}.{type(given).__qualname__}"
        raise TypeError(
            f"http_client must be an {wanted}, got {kind}, a client of the httpx package: this SDK "
            f"sends with httpx2 (httpx's maintained fork, same API), so pass an {wanted}(...) instead"
        )
    raise TypeError(f"http_client must be an {wanted}, got {type(given).__name__}")


def _custom_request(method: str, path: str, body: object, options: Mapping[str, Any] | None) -> RequestOptions:
    """A request to a path of the API the SDK has no method for (openai-python's
    ``client.post("/path", cast_to=..., body=..., options=...)``)."""
    given = dict(options or {})
    unknown = sorted(set(given) - _CUSTOM_OPTIONS)
    if unknown:
        raise TypeError(f"options may hold {sorted(_CUSTOM_OPTIONS)}, not {unknown}")
    if given.get("extra_json"):
        body = {**(body if isinstance(body, Mapping) else {}), **given["extra_json"]}
    return RequestOptions(
        method=method,
        url="/" + path.lstrip("/"),
        params=dict(given.get("params") or {}) or None,
        json=body,
        headers=dict(given.get("headers") or {}) or None,
        timeout=given.get("timeout", NOT_GIVEN),
    )


def _cast(response: httpx2.Response, cast_to: type[T]) -> T:
    """The answer as ``cast_to``: the response itself, its bytes or text, a model, or JSON."""
    if cast_to is httpx2.Response:
        return response  # type: ignore[return-value]
    if cast_to in (bytes, str):
        return response.content if cast_to is bytes else response.text  # type: ignore[return-value]
    data = response.json() if response.content else None
    from_dict = getattr(cast_to, "from_dict", None)
    if callable(from_dict) and isinstance(data, Mapping):
        return _with_request_id(from_dict(data), response)  # type: ignore[no-any-return]
    return data  # type: ignore[return-value]


@define
class Connection(Client):
    """The raw client with what the SDK adds to every request: retries, default query, and the
    base URL and headers applied per request."""

    policy: RetryPolicy = field(kw_only=True, repr=False)
    default_query: Mapping[str, object] = field(factory=dict, kw_only=True)

    def _with_defaults(self, options: RequestOptions) -> RequestOptions:
        if not self.default_query:
            return options
        return evolve(options, params={**self.default_query, **(options.params or {})})

    def build_request(self, http: httpx2.Client | httpx2.AsyncClient, options: RequestOptions) -> httpx2.Request:
        # Base URL and default headers go on each request, so an http_client the user passed in
        # is used as it is and never changed (it may be shared with other clients).
        options = evolve(
            options,
            url=f"{self._base_url}{options.url}",
            headers={**self._headers, **(options.headers or {})},
            timeout=_checked_timeout(options.timeout),  # the per-request one; the client's was checked when built
        )
        return Client.build_request(self, http, options)

    def request(self, options: RequestOptions) -> httpx2.Response:
        options = self._with_defaults(options)
        return self.policy.call(lambda: Client.request(self, options), replayable=options.replayable)

    async def arequest(self, options: RequestOptions) -> httpx2.Response:
        options = self._with_defaults(options)
        return await self.policy.acall(lambda: Client.arequest(self, options), replayable=options.replayable)

    def open_stream(self, options: RequestOptions) -> httpx2.Response:
        options = self._with_defaults(options)  # retried until the body starts to arrive
        return self.policy.call(lambda: Client.open_stream(self, options), replayable=options.replayable)

    async def aopen_stream(self, options: RequestOptions) -> httpx2.Response:
        options = self._with_defaults(options)
        return await self.policy.acall(lambda: Client.aopen_stream(self, options), replayable=options.replayable)


class _BaseClient(Generic[HttpT]):
    """What the sync and async clients share: configuration and the connection."""

    _http_client_class: type[HttpT]

    def __init__(
        self,
        *,
        api_key: str | None = None,
        admin_api_key: str | None = None,
        organization: str | None = None,
        project: str | None = None,
        webhook_secret: str | None = None,
        base_url: str | httpx2.URL | None = None,
        websocket_base_url: str | httpx2.URL | None = None,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: HttpT | None = None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        deadline: float | None = None,
        _strict_response_validation: bool = False,
        _clock: Clock | None = None,
        _url_auth: httpx2.Auth | None = None,
    ) -> None:
        _check_http_client(http_client, self._http_client_class)
        _check_types(
            {
                "api_key": (api_key, str, "a string"),  # the value is never shown: it may be a key
                "organization": (organization, str, "a string"),
                "project": (project, str, "a string"),
                "base_url": (base_url, (str, httpx2.URL), "a string or an httpx2.URL"),
                "default_headers": (default_headers, Mapping, "a mapping of header names to values"),
                "default_query": (default_query, Mapping, "a mapping of query parameters"),
            }
        )
        checked: float | httpx2.Timeout | None = _checked_timeout(
            DEFAULT_TIMEOUT if isinstance(timeout, Unset) else timeout
        )
        _check_limits(max_response_bytes, deadline)
        # A password in the URL is kept out of it (and so out of reprs, messages and tracebacks)
        # and sent as httpx2 would have sent it: as Basic auth.
        base_url, found_auth = split_userinfo(str(base_url or os.environ.get("OPENAI_BASE_URL") or DEFAULT_BASE_URL))
        self._url_auth = found_auth or _url_auth
        api_key = api_key if api_key is not None else os.environ.get("OPENAI_API_KEY")
        if not api_key or not isinstance(api_key, str):
            raise OpenAIError(
                "The api_key client option must be set either by passing api_key to the client "
                "or by setting the OPENAI_API_KEY environment variable"
            )
        self.api_key = api_key
        # openai-python's key for its admin endpoints; none is in this API's slice, so it is only
        # kept (never sent) for code that passes it to every client.
        self.admin_api_key = admin_api_key if admin_api_key is not None else os.environ.get("OPENAI_ADMIN_KEY")
        # openai-python's options for its webhooks and realtime API, neither in this API's slice:
        # kept for code that passes them to every client, never sent.
        self.webhook_secret = webhook_secret if webhook_secret is not None else os.environ.get("OPENAI_WEBHOOK_SECRET")
        self.websocket_base_url = websocket_base_url
        self.organization = organization if organization is not None else os.environ.get("OPENAI_ORG_ID")
        self.project = project if project is not None else os.environ.get("OPENAI_PROJECT_ID")
        self.base_url = httpx2.URL(base_url.rstrip("/") + "/")  # with a trailing slash, as openai-python's
        self.timeout = checked  # as given, like openai-python's client.timeout
        # Accepted for drop-in use: parsing stays lenient either way, since the real API does
        # not always answer as its document says (see tests/conformance).
        self._strict_response_validation = _strict_response_validation
        self.max_retries = max_retries
        self.max_response_bytes = max_response_bytes
        self.deadline = deadline
        self._default_headers = dict(default_headers or {})
        self._default_query = dict(default_query or {})
        self._http_client: HttpT | None = http_client
        self._clock = _clock or Clock()
        self._closed = False
        self._policy = RetryPolicy(max_retries, sleep=self._clock.sleep, async_sleep=self._clock.asleep)

    def __repr__(self) -> str:  # the key stays out of reprs, logs and tracebacks
        return f"{type(self).__name__}(base_url={str(self.base_url)!r}, max_retries={self.max_retries})"

    @property
    def default_headers(self) -> dict[str, str]:
        """Headers sent with every request (the key is added separately)."""
        headers = {
            "User-Agent": f"vectorstores-python/{__version__} Python/{platform.python_version()}",
            "Accept": "application/json",
            **_PLATFORM_HEADERS,
        }
        if self.organization:
            headers["OpenAI-Organization"] = self.organization
        if self.project:
            headers["OpenAI-Project"] = self.project
        return {**headers, **self._default_headers}

    @property
    def auth_headers(self) -> dict[str, str]:
        """The credential headers every request carries."""
        return {"Authorization": f"Bearer {self.api_key}"}

    @cached_property
    def _connection(self) -> Connection:
        # cached_property takes no lock from Python 3.12 on: threads making their first calls at
        # once must still end up with one connection (and one pool) between them. It is made
        # once for the client's life: resources keep methods bound to it (see _resource._Kept).
        with _CONNECTING:
            found = self.__dict__.get("_connection")
            if isinstance(found, Connection):
                return found
            return self._connect()

    def _connect(self) -> Connection:
        connection = Connection(
            base_url=str(self.base_url).rstrip("/"),
            token=self.api_key,
            headers=self.default_headers,
            timeout=self.timeout if isinstance(self.timeout, httpx2.Timeout) else httpx2.Timeout(self.timeout),
            policy=self._policy,
            default_query=self._default_query,
            httpx_args={"limits": DEFAULT_LIMITS},
            max_response_bytes=self.max_response_bytes,
            deadline=self.deadline,
            url_auth=self._url_auth,
        )
        if isinstance(self._http_client, httpx2.Client):
            connection.set_httpx_client(self._http_client)
        elif isinstance(self._http_client, httpx2.AsyncClient):
            connection.set_async_httpx_client(self._http_client)
        return connection

    def _options(self, overrides: dict[str, Any]) -> dict[str, Any]:
        # The URL's credentials belong to its host: a copy sent elsewhere does not get them.
        credentials = {} if "base_url" in overrides else {"_url_auth": self._url_auth}
        return {
            "api_key": self.api_key,
            "admin_api_key": self.admin_api_key,
            "webhook_secret": self.webhook_secret,
            "websocket_base_url": self.websocket_base_url,
            "organization": self.organization,
            "project": self.project,
            "base_url": self.base_url,
            "timeout": self.timeout,
            "max_retries": self.max_retries,
            "default_headers": self._default_headers,
            "default_query": self._default_query,
            "http_client": self._http_client,
            "max_response_bytes": self.max_response_bytes,
            "deadline": self.deadline,
            "_clock": self._clock,
            **credentials,
            **overrides,
        }

    def with_options(
        self: _Self,
        *,
        api_key: str | None = None,
        admin_api_key: str | None = None,
        organization: str | None = None,
        project: str | None = None,
        webhook_secret: str | None = None,
        websocket_base_url: str | httpx2.URL | None = None,
        base_url: str | httpx2.URL | None = None,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        http_client: HttpT | None = None,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        set_default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        set_default_query: Mapping[str, object] | None = None,
        max_response_bytes: int | NotGiven | None = NOT_GIVEN,
        deadline: float | NotGiven | None = NOT_GIVEN,
        _clock: Clock | None = None,
    ) -> _Self:
        """A copy of this client with some options changed, as openai-python's: an option not
        given keeps its value, ``default_headers``/``default_query`` add to the client's own and
        ``set_default_headers``/``set_default_query`` replace them. The connection pool is
        shared when the transport options stay the same."""
        if default_headers is not None and set_default_headers is not None:
            raise ValueError("default_headers and set_default_headers cannot both be given")
        if default_query is not None and set_default_query is not None:
            raise ValueError("default_query and set_default_query cannot both be given")
        given: dict[str, Any] = {
            "api_key": api_key,
            "admin_api_key": admin_api_key,
            "organization": organization,
            "project": project,
            "webhook_secret": webhook_secret,
            "websocket_base_url": websocket_base_url,
            "base_url": base_url,
            "http_client": http_client,
            "_clock": _clock,
        }
        overrides = {name: value for name, value in given.items() if value is not None}
        given = {"timeout": timeout, "max_retries": max_retries, "max_response_bytes": max_response_bytes}
        overrides |= {
            name: value for name, value in {**given, "deadline": deadline}.items() if not isinstance(value, Unset)
        }
        if set_default_headers is not None:
            overrides["default_headers"] = set_default_headers
        elif default_headers is not None:
            overrides["default_headers"] = {**self._default_headers, **default_headers}
        if set_default_query is not None:
            overrides["default_query"] = set_default_query
        elif default_query is not None:
            overrides["default_query"] = {**self._default_query, **default_query}
        copy = type(self)(**self._options(overrides))
        transport_keys = {"base_url", "timeout", "http_client", "default_headers", "organization", "project"}
        if not transport_keys & set(overrides) and "_connection" in self.__dict__:
            copy._connection.share_connections(self._connection)
        return copy

    copy = with_options


ASSISTANTS_SHUT_DOWN = (
    "client.beta.{name}: the Assistants API was shut down on 2026-08-26. Ask a model about a vector "
    "store's files with the Responses API instead: client.responses.create(model=..., input=..., "
    'tools=[{{"type": "file_search", "vector_store_ids": [store.id]}}]) (docs/guides/file-search.md)'
)


class Beta(Generic[V]):
    """``client.beta``: the same resources under the path the official SDK once used."""

    def __init__(self, vector_stores: V) -> None:
        self.vector_stores = vector_stores

    # The seed's last step is client.beta.assistants.create(...); a bare AttributeError would not
    # say that the API is gone, nor what replaced it. Still an AttributeError, so hasattr() is False.
    @property
    def assistants(self) -> NoReturn:
        """Gone with the Assistants API (shut down on 2026-08-26): raises, naming the replacement."""
        raise AttributeError(ASSISTANTS_SHUT_DOWN.format(name="assistants"))

    @property
    def threads(self) -> NoReturn:
        """Gone with the Assistants API (shut down on 2026-08-26): raises, naming the replacement."""
        raise AttributeError(ASSISTANTS_SHUT_DOWN.format(name="threads"))


class OpenAI(Resources, _BaseClient[httpx2.Client]):
    """The synchronous client of the Vector Stores and Files API.

    ``OpenAI()`` reads ``OPENAI_API_KEY``, ``OPENAI_BASE_URL``, ``OPENAI_ORG_ID`` and
    ``OPENAI_PROJECT_ID``; arguments win over the environment. Use it as a context manager,
    or call ``close()``, to release connections.

    ``max_response_bytes`` caps a JSON answer (decompressed; None for no cap) and each event of
    a streamed one, ``deadline`` bounds one attempt from sending to the answer's last byte, in
    seconds (None: no bound); a stream is bounded from its opening (see ``_streaming``).
    """

    _http_client_class = httpx2.Client

    @cached_property
    def beta(self) -> Beta[VectorStores]:
        return Beta(self.vector_stores)

    def close(self) -> None:
        """Close the connections (a client you passed in is closed too)."""
        self._closed = True
        self._connection.close()

    def is_closed(self) -> bool:
        return self._closed or ("_connection" in self.__dict__ and self._connection.is_closed())

    # Requests to paths the SDK has no method for, as openai-python's client offers them: the
    # client's retries, headers and errors apply; ``cast_to`` says what to return.
    def request(
        self, method: str, path: str, *, cast_to: type[T], body: object = None, options: Mapping[str, Any] | None = None
    ) -> T:
        return _cast(self._connection.request(_custom_request(method.upper(), path, body, options)), cast_to)

    def get(self, path: str, *, cast_to: type[T], options: Mapping[str, Any] | None = None) -> T:
        return self.request("GET", path, cast_to=cast_to, options=options)

    def post(self, path: str, *, cast_to: type[T], body: object = None, options: Mapping[str, Any] | None = None) -> T:
        return self.request("POST", path, cast_to=cast_to, body=body, options=options)

    def put(self, path: str, *, cast_to: type[T], body: object = None, options: Mapping[str, Any] | None = None) -> T:
        return self.request("PUT", path, cast_to=cast_to, body=body, options=options)

    def patch(self, path: str, *, cast_to: type[T], body: object = None, options: Mapping[str, Any] | None = None) -> T:
        return self.request("PATCH", path, cast_to=cast_to, body=body, options=options)

    def delete(
        self, path: str, *, cast_to: type[T], body: object = None, options: Mapping[str, Any] | None = None
    ) -> T:
        return self.request("DELETE", path, cast_to=cast_to, body=body, options=options)

    def __enter__(self) -> OpenAI:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncOpenAI(AsyncResources, _BaseClient[httpx2.AsyncClient]):
    """The asyncio client; the same configuration as ``OpenAI``, every method awaitable."""

    _http_client_class = httpx2.AsyncClient

    @cached_property
    def beta(self) -> Beta[AsyncVectorStores]:
        return Beta(self.vector_stores)

    async def close(self) -> None:
        """Close the connections."""
        self._closed = True
        await self._connection.aclose()

    def is_closed(self) -> bool:
        return self._closed or ("_connection" in self.__dict__ and self._connection.is_closed(asynchronous=True))

    async def request(
        self, method: str, path: str, *, cast_to: type[T], body: object = None, options: Mapping[str, Any] | None = None
    ) -> T:
        """The async twin of ``OpenAI.request`` (and so of get, post, put, patch, delete)."""
        return _cast(await self._connection.arequest(_custom_request(method.upper(), path, body, options)), cast_to)

    async def get(self, path: str, *, cast_to: type[T], options: Mapping[str, Any] | None = None) -> T:
        return await self.request("GET", path, cast_to=cast_to, options=options)

    async def post(
        self, path: str, *, cast_to: type[T], body: object = None, options: Mapping[str, Any] | None = None
    ) -> T:
        return await self.request("POST", path, cast_to=cast_to, body=body, options=options)

    async def put(
        self, path: str, *, cast_to: type[T], body: object = None, options: Mapping[str, Any] | None = None
    ) -> T:
        return await self.request("PUT", path, cast_to=cast_to, body=body, options=options)

    async def patch(
        self, path: str, *, cast_to: type[T], body: object = None, options: Mapping[str, Any] | None = None
    ) -> T:
        return await self.request("PATCH", path, cast_to=cast_to, body=body, options=options)

    async def delete(
        self, path: str, *, cast_to: type[T], body: object = None, options: Mapping[str, Any] | None = None
    ) -> T:
        return await self.request("DELETE", path, cast_to=cast_to, body=body, options=options)

    async def __aenter__(self) -> AsyncOpenAI:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


class DefaultHttpxClient(httpx2.Client):
    """An ``httpx2.Client`` with the SDK's defaults (timeout, connection pool, redirects
    followed), to pass as ``http_client`` when you need to adjust some other setting."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
        kwargs.setdefault("limits", DEFAULT_LIMITS)
        kwargs.setdefault("follow_redirects", True)
        super().__init__(**kwargs)


class DefaultAsyncHttpxClient(httpx2.AsyncClient):
    """The async twin of ``DefaultHttpxClient``."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
        kwargs.setdefault("limits", DEFAULT_LIMITS)
        kwargs.setdefault("follow_redirects", True)
        super().__init__(**kwargs)


# Also under the names that say which package they subclass.
DefaultHttpx2Client = DefaultHttpxClient
DefaultAsyncHttpx2Client = DefaultAsyncHttpxClient
