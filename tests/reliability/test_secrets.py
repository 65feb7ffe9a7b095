"""Secrets and safety: the API key stays out of reprs, error messages, DEBUG logs, tracebacks
and recorded cassettes; ``Authorization`` does not follow a redirect to another host; TLS is
verified unless the user brings their own ``http_client``.
"""

from __future__ import annotations

import http.server
import inspect
import logging
import socket
import ssl
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx2
import pytest
import yaml
from vectorstores import (
    APIConnectionError,
    APIStatusError,
    AsyncOpenAI,
    AuthenticationError,
    InternalServerError,
    OpenAI,
)
from vectorstores._client import _BaseClient
from vectorstores.testing import SCRUBBED_HEADERS, InstantClock, find_secrets

from .conftest import API_KEY, Report, Served

KEY = "sk-test-SECRET-abcdef123456"
CASSETTES = Path(__file__).parents[1] / "cassettes" / "recorded"


def _leaks(text: str, *keys: str) -> list[str]:
    """Which of the keys (or a key-like string, or a bearer credential) ``text`` holds."""
    found = [key for key in (KEY, *keys) if key in text]
    return found + (["Bearer ..."] if "Bearer " in text else [])


def _caught(call: Callable[[], object]) -> Exception:
    try:
        call()
    except Exception as error:
        return error
    raise AssertionError("the call was expected to fail")


def _closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


# --- reprs and error messages --------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_client_reprs_hide_the_key(report: Report) -> None:
    """repr/str of both clients, a copy of one, and the connection inside hold no key."""
    sync = OpenAI(api_key=KEY, base_url="https://api.test/v1")
    aio = AsyncOpenAI(api_key=KEY, base_url="https://api.test/v1")
    try:
        shown = {
            "repr(OpenAI)": repr(sync),
            "str(OpenAI)": str(sync),
            "repr(AsyncOpenAI)": repr(aio),
            "str(AsyncOpenAI)": str(aio),
            "repr(with_options copy)": repr(sync.with_options(max_retries=1)),
            "repr(the connection)": repr(sync._connection),
        }
    finally:
        sync.close()
        await aio.close()
    leaking = {name: _leaks(text) for name, text in shown.items() if _leaks(text)}
    report.check(
        "repr/str of OpenAI, AsyncOpenAI, a copy, the connection", "no key", str(leaking or shown), not leaking
    )


@pytest.fixture
def refused(server: Served) -> Iterator[Exception]:
    """The AuthenticationError of a real call with a key the emulator does not accept."""
    with OpenAI(api_key=KEY, base_url=server.base_url, max_retries=0) as client:
        yield _caught(client.vector_stores.list)


@pytest.fixture
def unreachable() -> Iterator[Exception]:
    """The APIConnectionError of a call to a port nobody listens on."""
    with OpenAI(api_key=KEY, base_url=f"http://127.0.0.1:{_closed_port()}/v1", max_retries=0) as client:
        yield _caught(lambda: client.vector_stores.retrieve("vs_1"))


def _error_texts(error: Exception) -> dict[str, str]:
    texts = {"str": str(error), "repr": repr(error), "args": repr(error.args)}
    texts["message"] = str(getattr(error, "message", ""))
    texts["body"] = repr(getattr(error, "body", None))
    request = getattr(error, "request", None)
    if request is not None:  # httpx2 masks the header in its own repr; checked, not assumed
        texts["repr(request)"] = repr(request)
        texts["repr(request.headers)"] = repr(request.headers)
    return texts


def test_errors_hide_the_key(refused: Exception, unreachable: Exception, report: Report) -> None:
    """str/repr/message/body of a 401 error and of a connection error hold no key."""
    for name, error, kind in (
        ("401 from the emulator", refused, AuthenticationError),
        ("connection refused", unreachable, APIConnectionError),
    ):
        texts = _error_texts(error)
        leaking = {part: _leaks(text) for part, text in texts.items() if _leaks(text)}
        report.check(
            f"{name}: str/repr/message/body/request of the error",
            f"{kind.__name__}, no key",
            f"{type(error).__name__}: {error}; leaking: {leaking or 'nothing'}",
            isinstance(error, kind) and not leaking,
        )


def test_401_message_shows_only_the_ends_of_the_key(refused: Exception, report: Report) -> None:
    """The server's words about a wrong key reach the user, masked as the server masked them."""
    message = str(refused)
    report.check(
        "401 message",
        "mentions the key masked (sk-***3456), never whole",
        message,
        "sk-***3456" in message and KEY not in message,
    )


# --- tracebacks ---------------------------------------------------------------------------------------------


def test_tracebacks_hide_the_key(refused: Exception, unreachable: Exception, report: Report) -> None:
    """A failed call's formatted traceback holds no key, even with every frame's locals shown
    (as ``pytest --showlocals`` or an error tracker would), chained causes included."""
    with OpenAI(
        api_key=KEY,
        base_url="https://api.test/v1",
        max_retries=2,
        _clock=InstantClock(),
        http_client=httpx2.Client(transport=httpx2.MockTransport(lambda r: httpx2.Response(500))),
    ) as client:
        retried = _caught(lambda: client.vector_stores.retrieve("vs_1"))  # three attempts through the retry loop
    for name, error in (("401", refused), ("connection refused", unreachable), ("500 after retries", retried)):
        plain = "".join(traceback.format_exception(error))
        with_locals = "".join(traceback.TracebackException.from_exception(error, capture_locals=True).format())
        leaking = _leaks(plain) + _leaks(with_locals)
        report.check(
            f"traceback of a failed call ({name}), with and without locals",
            "no key",
            f"{len(plain.splitlines())} + {len(with_locals.splitlines())} lines; leaking: {leaking or 'nothing'}",
            not leaking and isinstance(error, (APIStatusError, APIConnectionError)),
        )
    assert isinstance(retried, InternalServerError)


# --- DEBUG logs ---------------------------------------------------------------------------------------------


def test_debug_logs_hide_the_key(server: Served, caplog: pytest.LogCaptureFixture, report: Report) -> None:
    """Every logger at DEBUG (httpx2, httpcore2, the SDK) through real calls, a refused one too."""
    caplog.set_level(logging.DEBUG)
    for name in ("httpx2", "httpcore2", "vectorstores", "vectorstores_raw"):
        caplog.set_level(logging.DEBUG, logger=name)
    with OpenAI(api_key=API_KEY, base_url=server.base_url, max_retries=0) as client:
        store = client.vector_stores.create(name="logs")
        uploaded = client.files.create(file=("a.txt", b"some words to find"), purpose="assistants")
        client.vector_stores.files.create_and_poll(uploaded.id, vector_store_id=store.id, poll_interval_ms=20)
        list(client.vector_stores.search(store.id, query="words"))
    with OpenAI(api_key=KEY, base_url=server.base_url, max_retries=0) as wrong:
        _caught(wrong.vector_stores.list)
    text = caplog.text + "".join(f"{record.getMessage()} {record.args!r}" for record in caplog.records)
    leaking = _leaks(text, API_KEY)
    loggers = sorted({record.name.split(".")[0] for record in caplog.records})
    report.check(
        "DEBUG log output of real calls (all loggers)",
        "no key, no bearer credential",
        f"{len(caplog.records)} records from {loggers}; leaking: {leaking or 'nothing'}",
        not leaking and "httpcore2" in loggers and "httpx2" in loggers,
    )


# --- cassettes ----------------------------------------------------------------------------------------------


def test_recorded_cassettes_hold_no_key(report: Report) -> None:
    """Every recorded cassette: no key-like string, no bearer credential, no credential header."""
    problems: list[str] = []
    cassettes = sorted(CASSETTES.glob("*.yaml"))
    for path in cassettes:
        text = path.read_text(encoding="utf-8")
        problems += [f"{path.name}: {found}" for found in find_secrets(text) + _leaks(text, API_KEY)]
        for interaction in yaml.load(text, Loader=yaml.CSafeLoader)["interactions"]:
            for side in ("request", "response"):
                names = {name.lower() for name in interaction[side].get("headers", {})}
                problems += [f"{path.name}: {side} header {name}" for name in sorted(names & set(SCRUBBED_HEADERS))]
    report.check(
        f"{len(cassettes)} recorded cassettes",
        "no key, no Authorization or other credential header",
        "; ".join(problems) or "nothing found",
        len(cassettes) >= 16 and not problems,
    )


# --- redirects ----------------------------------------------------------------------------------------------


@dataclass
class Seen:
    """What one little HTTP server was asked: (path, Authorization header or None)."""

    requests: list[tuple[str, str | None]] = field(default_factory=list)


@contextmanager
def _http_server(answer: Callable[[str], tuple[int, dict[str, str]]]) -> Iterator[tuple[int, Seen]]:
    """A loopback HTTP server answering ``answer(path)`` (status, headers), recording each request."""
    seen = Seen()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.requests.append((self.path, self.headers.get("Authorization")))
            status, headers = answer(self.path)
            body = b'{"id": "vs_1", "object": "vector_store"}'
            self.send_response(status)
            for name, value in {
                **headers,
                "Content-Length": str(len(body)),
                "Content-Type": "application/json",
            }.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield httpd.server_address[1], seen
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


@pytest.mark.asyncio
async def test_sdk_does_not_follow_redirects(report: Report) -> None:
    """The SDK's own client (sync and async) does not follow redirects; a 307 to another host over
    real sockets is an error, and the other host hears nothing."""
    # "localhost" and "127.0.0.1" are different hosts to httpx2, as another domain would be.
    with (
        _http_server(lambda path: (200, {})) as (other_port, other),
        _http_server(lambda path: (307, {"Location": f"http://localhost:{other_port}{path}"})) as (origin_port, origin),
        OpenAI(api_key=KEY, base_url=f"http://127.0.0.1:{origin_port}/v1", max_retries=0) as client,
    ):
        error = _caught(lambda: client.vector_stores.retrieve("vs_1"))
        follows = client._connection.get_httpx_client().follow_redirects
    aio = AsyncOpenAI(api_key=KEY, base_url="https://api.test/v1")
    afollows = aio._connection.get_async_httpx_client().follow_redirects
    await aio.close()
    observed = (
        f"{type(error).__name__} {getattr(error, 'status_code', None)}; origin saw {len(origin.requests)}, "
        f"other host saw {other.requests}; follow_redirects sync={follows} async={afollows}"
    )
    passed = (
        isinstance(error, APIStatusError)
        and error.status_code == 307
        and len(origin.requests) == 1
        and origin.requests[0][1] == f"Bearer {KEY}"  # the origin did get the key, so the check means something
        and not other.requests
        and follows is False
        and afollows is False
    )
    report.check(
        "307 to another host, SDK-built client", "APIStatusError 307; nothing sent to the other host", observed, passed
    )


def _redirecting(target: str) -> Callable[[httpx2.Request], httpx2.Response]:
    """A MockTransport handler: ``api.test`` redirects to ``target``; anyone else answers 200."""

    def handle(request: httpx2.Request) -> httpx2.Response:
        if request.url.host == "api.test" and request.url.path.startswith("/v1"):
            return httpx2.Response(307, headers={"Location": f"{target}/moved{request.url.path}"})
        return httpx2.Response(200, json={"id": "vs_1", "object": "vector_store"})

    return handle


@pytest.mark.parametrize(
    ("target", "keeps_key"),
    [("https://elsewhere.test", False), ("https://api.test", True)],
    ids=["another host", "same host (control)"],
)
def test_following_client_drops_authorization_for_another_host(target: str, keeps_key: bool, report: Report) -> None:
    """With the user's own client set to follow redirects, httpx2 strips ``Authorization`` when the
    redirect leaves the origin (and keeps it on the same host: the control shows the check bites)."""
    sent: list[httpx2.Request] = []
    handler = _redirecting(target)

    def record(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        return handler(request)

    http = httpx2.Client(transport=httpx2.MockTransport(record), follow_redirects=True)
    with OpenAI(api_key=KEY, base_url="https://api.test/v1", max_retries=0, http_client=http) as client:
        client.vector_stores.retrieve("vs_1")
    followed = [r for r in sent if r.url.path.startswith("/moved")]
    carried = [r.headers.get("Authorization") for r in followed]
    expected_auth = [f"Bearer {KEY}"] if keeps_key else [None]
    observed = f"followed to {[str(r.url.copy_with(path='/')) for r in followed]}; Authorization there: " + (
        "the key" if carried == [f"Bearer {KEY}"] else repr(carried)
    )
    report.check(
        f"307 to {target} with follow_redirects=True (user's client)",
        "Authorization kept" if keeps_key else "no Authorization at the other host",
        observed,
        len(followed) == 1 and carried == expected_auth,
    )


# --- TLS ----------------------------------------------------------------------------------------------------


def _ssl_context(http: httpx2.Client | httpx2.AsyncClient) -> ssl.SSLContext:
    context: ssl.SSLContext = http._transport._pool._ssl_context  # type: ignore[union-attr]
    return context


def _verified(context: ssl.SSLContext) -> bool:
    return context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname


@pytest.mark.asyncio
async def test_tls_is_verified_by_default(report: Report) -> None:
    """The httpx2 clients the SDK builds (sync, async, a copy with new transport options) verify
    certificates and host names, and no SDK option turns that off."""
    sync = OpenAI(api_key=KEY)
    copy = sync.with_options(timeout=5)
    aio = AsyncOpenAI(api_key=KEY)
    try:
        contexts = {
            "sync": _ssl_context(sync._connection.get_httpx_client()),
            "copy": _ssl_context(copy._connection.get_httpx_client()),
            "async": _ssl_context(aio._connection.get_async_httpx_client()),
        }
    finally:
        sync.close()
        copy.close()
        await aio.close()
    parameters = [*inspect.signature(_BaseClient.__init__).parameters, *inspect.signature(OpenAI).parameters]
    options = [name for name in parameters if "verify" in name or "ssl" in name or "cert" in name]
    observed = ", ".join(
        f"{name}: {context.verify_mode.name}, check_hostname={context.check_hostname}"
        for name, context in contexts.items()
    )
    report.check(
        "TLS of the SDK-built clients",
        "CERT_REQUIRED and check_hostname; no option to disable",
        f"{observed}; options touching TLS: {options or 'none'}",
        all(_verified(context) for context in contexts.values()) and not options,
    )


def test_user_http_client_is_used_as_given(report: Report) -> None:
    """A client the user passes is used untouched: its own TLS setting stays what they chose."""
    sent: list[httpx2.Request] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        return httpx2.Response(200, json={})

    own = httpx2.Client(verify=False, transport=httpx2.MockTransport(answer))
    unverified = httpx2.Client(verify=False)
    with OpenAI(api_key=KEY, base_url="https://api.test/v1", max_retries=0, http_client=own) as client:
        client.vector_stores.retrieve("vs_1")
        used = client._connection.get_httpx_client()
    with OpenAI(api_key=KEY, http_client=unverified) as other:
        context = _ssl_context(other._connection.get_httpx_client())
    passed = used is own and len(sent) == 1 and context.verify_mode == ssl.CERT_NONE
    report.check(
        "user-supplied http_client",
        "used as given (its transport, its verify=False)",
        f"same object: {used is own}; requests through it: {len(sent)}; its verify mode: {context.verify_mode.name}",
        passed,
    )


# --- a password in the base URL -----------------------------------------------------------------------------

PASSWORD = "PASSWORD-in-the-url-9876"


def _with_password(base_url: str) -> str:
    return base_url.replace("://", f"://user:{PASSWORD}@", 1)


@pytest.mark.asyncio
async def test_password_in_base_url_stays_out_of_reprs_errors_and_tracebacks(report: Report) -> None:
    """``http://user:PASSWORD@host/v1``: reprs, ``base_url``, the connection error of a call (str,
    repr, its request) and its traceback with locals show no password."""
    url = _with_password(f"http://127.0.0.1:{_closed_port()}/v1")
    sync = OpenAI(api_key=KEY, base_url=url, max_retries=0)
    aio = AsyncOpenAI(api_key=KEY, base_url=url, max_retries=0)
    try:
        error = _caught(lambda: sync.vector_stores.retrieve("vs_1"))
        shown = {
            "repr(OpenAI)": repr(sync),
            "repr(AsyncOpenAI)": repr(aio),
            "base_url": str(sync.base_url),
            "repr(the connection)": repr(sync._connection),
            "repr(with_options copy)": repr(sync.with_options(max_retries=1)),
            **_error_texts(error),
            "traceback with locals": "".join(
                traceback.TracebackException.from_exception(error, capture_locals=True).format()
            ),
        }
    finally:
        sync.close()
        await aio.close()
    leaking = sorted(name for name, text in shown.items() if PASSWORD in text or _leaks(text))
    report.check(
        "base URL with user:password: reprs, base_url, connection error, traceback with locals",
        "no password, no key",
        f"{type(error).__name__}; base_url {shown['base_url']}; leaking: {leaking or 'nothing'}",
        isinstance(error, APIConnectionError) and not leaking and str(sync.base_url).startswith("http://127.0.0.1:"),
    )


def test_password_in_base_url_still_authenticates(monkeypatch: pytest.MonkeyPatch, report: Report) -> None:
    """The credentials are sent as httpx2 itself sends those of a URL (Basic ``Authorization``,
    percent-escapes decoded), also from ``OPENAI_BASE_URL`` and from a copy; a copy sent to another
    host does not get them; no request URL holds them."""
    sent: list[httpx2.Request] = []

    def record(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        return httpx2.Response(200, json={"id": "vs_1", "object": "vector_store"})

    url = _with_password("https://api.test/v1").replace(PASSWORD, f"{PASSWORD}%40x")  # an escaped "@"
    with httpx2.Client(transport=httpx2.MockTransport(record)) as plain:  # what httpx2 does with such a URL
        plain.get(f"{url}/vector_stores/vs_1", headers={"Authorization": f"Bearer {KEY}"})
    http = httpx2.Client(transport=httpx2.MockTransport(record))
    with OpenAI(api_key=KEY, base_url=url, max_retries=0, http_client=http) as client:
        client.vector_stores.retrieve("vs_1")
        client.with_options(max_retries=1).vector_stores.retrieve("vs_1")
        client.with_options(base_url="https://elsewhere.test/v1").vector_stores.retrieve("vs_1")
    monkeypatch.setenv("OPENAI_BASE_URL", url)
    with OpenAI(
        api_key=KEY, max_retries=0, http_client=httpx2.Client(transport=httpx2.MockTransport(record))
    ) as from_env:
        from_env.vector_stores.retrieve("vs_1")
    expected = sent[0].headers["Authorization"]
    auths = [request.headers.get("Authorization") for request in sent[1:]]
    urls = [str(request.url) for request in sent[1:]]
    report.check(
        "base URL with user:password: what is sent",
        "httpx2's Basic Authorization (client, copy, OPENAI_BASE_URL); Bearer key for another host; no URL holds it",
        f"httpx2 sends {expected.split()[0]}; SDK sends {[a.split()[0] if a else None for a in auths]}; "
        f"URLs {[u.split('/v1')[0] for u in urls]}",
        expected.startswith("Basic ")
        and auths == [expected, expected, f"Bearer {KEY}", expected]
        and not any(PASSWORD in u or "user" in u for u in urls),
    )


def test_cli_does_not_print_a_password_in_the_url(monkeypatch: pytest.MonkeyPatch, report: Report) -> None:
    """``error: cannot reach ...`` (with --base-url and with OPENAI_BASE_URL) and the complaint about a
    URL that is not http(s) show the URL without its password."""
    from tests.cli.conftest import invoker

    url = _with_password(f"http://127.0.0.1:{_closed_port()}/v1")
    run = invoker(monkeypatch, url)
    by_env = run("stores", "--max-retries", "0")
    by_option = run("stores", "--max-retries", "0", "--base-url", url)
    not_http = run("stores", "--base-url", _with_password("ftp://files.test/v1"))
    outputs = [result.output + (result.stderr or "") for result in (by_env, by_option, not_http)]
    report.check(
        "CLI errors about a base URL with user:password (env, --base-url, not http)",
        "exit 1, 1, 2; 'cannot reach http://127.0.0.1:...'; no password",
        " | ".join(
            f"exit {r.exit_code}: {o.strip().splitlines()[-1][:90]}"
            for r, o in zip((by_env, by_option, not_http), outputs, strict=True)
        ),
        [by_env.exit_code, by_option.exit_code, not_http.exit_code] == [1, 1, 2]
        and "cannot reach http://127.0.0.1:" in outputs[0]
        and not any(PASSWORD in output for output in outputs),
    )


# --- cassettes recorded by vectorstores.testing --------------------------------------------------------------

JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTEyMyJ9.c2lnbmF0dXJlLWJ5dGVz"
ODD_KEY = "corp-0123456789abcdef"  # a configured key of no known shape


def test_make_vcr_records_no_credential(tmp_path: Path, report: Report) -> None:
    """A key in ``x-api-key`` and in an ``api-key`` query value, a password in the URL, a field named
    ``password``, a bearer JWT in a body and a key of no known shape echoed back: none reaches the
    cassette, which still replays (with other credentials). Counting fields (``max_chunk_size_tokens``)
    are kept."""
    from vectorstores.testing import make_vcr

    def answer(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(
            200,
            json={"id": "vs_1", "object": "vector_store", "name": "x", "note": f"echo {ODD_KEY}", "jwt": JWT},
        )

    def clients(key: str, password: str, header_key: str, query_key: str) -> list[OpenAI]:
        http = httpx2.Client(transport=httpx2.MockTransport(answer))
        options: dict[str, Any] = {"max_retries": 0, "http_client": http}
        return [
            OpenAI(
                api_key=key,
                base_url="http://api.test/v1",
                default_headers={"x-api-key": header_key},
                default_query={"api-key": query_key},
                **options,
            ),
            OpenAI(api_key=key, base_url=f"http://user:{password}@api.test/v1", **options),
        ]

    def calls(first: OpenAI, second: OpenAI) -> None:
        first.vector_stores.create(
            name="x",
            chunking_strategy={"type": "static", "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400}},
            extra_body={"password": "hunter2-hunter2", "session": f"Bearer {JWT}"},
        )
        second.vector_stores.retrieve("vs_1")

    secrets = [ODD_KEY, "sk-live-xapikey-123456", "sk-live-query-123456", "sk-url-password-123", JWT, "hunter2-hunter2"]
    with make_vcr(tmp_path, record_mode="once").use_cassette("hostile.yaml"):
        calls(*clients(ODD_KEY, "sk-url-password-123", "sk-live-xapikey-123456", "sk-live-query-123456"))
    text = (tmp_path / "hostile.yaml").read_text()
    found = [secret for secret in secrets if secret in text] + find_secrets(text)
    headers = {
        name.lower()
        for interaction in yaml.safe_load(text)["interactions"]
        for side in ("request", "response")
        for name in interaction[side].get("headers", {})
    }
    replayed: Exception | None = None
    try:
        with make_vcr(tmp_path, record_mode="none").use_cassette("hostile.yaml"):
            calls(*clients("other-key-000000", "other-password", "sk-other-header-0000", "sk-other-query-0000"))
    except Exception as error:
        replayed = error
    report.check(
        "make_vcr: keys in x-api-key, api-key query, URL password, password field, JWT, odd-shaped key",
        "none in the cassette, no credential header; counting fields kept; replays with other credentials",
        f"found {found or 'nothing'}; credential headers {sorted(headers & set(SCRUBBED_HEADERS)) or 'none'}; "
        f"max_chunk_size_tokens kept: {'max_chunk_size_tokens: 800' in text}; replay: {replayed or 'ok'}",
        not found and not headers & set(SCRUBBED_HEADERS) and "max_chunk_size_tokens: 800" in text and replayed is None,
    )


def test_credential_names(report: Report) -> None:
    """Which header, query and field names are scrubbed as credentials, and which are only counts."""
    from vectorstores.testing import is_credential_name

    secret = ["Authorization", "x-api-key", "api-key", "api_key", "apiKey", "X-Auth-Token", "access_token",
              "refreshToken", "password", "client_secret", "Cookie", "Proxy-Authorization", "private_key"]  # fmt: skip
    plain = ["max_chunk_size_tokens", "chunk_overlap_tokens", "x-ratelimit-remaining-tokens", "key", "name",
             "file_id", "Content-Type", "openai-processing-ms"]  # fmt: skip
    wrong = [name for name in secret if not is_credential_name(name)] + [
        name for name in plain if is_credential_name(name)
    ]
    report.check(
        "credential names for scrubbing",
        f"{len(secret)} credential names, {len(plain)} plain ones told apart",
        f"misjudged: {wrong or 'none'}",
        not wrong,
    )
