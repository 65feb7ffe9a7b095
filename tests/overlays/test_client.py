"""Client configuration: arguments, environment, headers, lifecycle and copies."""

from __future__ import annotations

import asyncio

import httpx2
import pytest
from vectorstores import AsyncOpenAI, InternalServerError, OpenAI, OpenAIError

from .conftest import API_KEY, BASE_URL, FakeClock, MakeAsyncClient, MakeClient, Recorder, Reply, vector_store

ENV_VARS = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)


def mock_http(recorder: Recorder) -> httpx2.Client:
    return httpx2.Client(transport=httpx2.MockTransport(recorder.handle))


def test_config_from_arguments_is_sent(recorder: Recorder, clock: FakeClock) -> None:
    recorder.add("GET", "/vector_stores/vs_1", Reply(json=vector_store()))
    with OpenAI(
        api_key="sk-arg",
        organization="org-arg",
        project="proj-arg",
        base_url="https://args.test/v1",
        http_client=mock_http(recorder),
        _clock=clock,
    ) as client:
        assert client.api_key == "sk-arg"
        assert client.organization == "org-arg"
        assert client.project == "proj-arg"
        assert str(client.base_url) == "https://args.test/v1/"  # a trailing slash, as openai-python gives
        store = client.vector_stores.retrieve("vs_1")

    assert store.id == "vs_1"
    [request] = recorder.requests
    assert str(request.url) == "https://args.test/v1/vector_stores/vs_1"
    assert request.headers["Authorization"] == "Bearer sk-arg"
    assert request.headers["OpenAI-Organization"] == "org-arg"
    assert request.headers["OpenAI-Project"] == "proj-arg"
    assert request.headers["User-Agent"].startswith("vectorstores-python/")


def test_config_from_environment_is_sent(recorder: Recorder, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    monkeypatch.setenv("OPENAI_BASE_URL", "https://env.test/v1")
    monkeypatch.setenv("OPENAI_ORG_ID", "org-env")
    monkeypatch.setenv("OPENAI_PROJECT_ID", "proj-env")
    recorder.add("GET", "/vector_stores/vs_1", Reply(json=vector_store()))

    with OpenAI(http_client=mock_http(recorder), _clock=clock) as client:
        assert (client.api_key, client.organization, client.project) == ("sk-env", "org-env", "proj-env")
        client.vector_stores.retrieve("vs_1")

    [request] = recorder.requests
    assert str(request.url) == "https://env.test/v1/vector_stores/vs_1"
    assert request.headers["Authorization"] == "Bearer sk-env"
    assert request.headers["OpenAI-Organization"] == "org-env"
    assert request.headers["OpenAI-Project"] == "proj-env"


def test_arguments_win_over_environment(recorder: Recorder, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    monkeypatch.setenv("OPENAI_BASE_URL", "https://env.test/v1")
    monkeypatch.setenv("OPENAI_ORG_ID", "org-env")
    recorder.add("GET", "/vector_stores/vs_1", Reply(json=vector_store()))

    with OpenAI(
        api_key="sk-arg", base_url=BASE_URL, organization="org-arg", http_client=mock_http(recorder), _clock=clock
    ) as client:
        client.vector_stores.retrieve("vs_1")

    [request] = recorder.requests
    assert request.url.host == "api.test"
    assert request.headers["Authorization"] == "Bearer sk-arg"
    assert request.headers["OpenAI-Organization"] == "org-arg"
    assert "OpenAI-Project" not in request.headers


def test_missing_api_key_raises_at_construction() -> None:
    with pytest.raises(OpenAIError, match="api_key"):
        OpenAI()
    with pytest.raises(OpenAIError, match="OPENAI_API_KEY"):
        AsyncOpenAI()


def test_beta_vector_stores_is_the_same_resource(client: OpenAI, make_async_client: MakeAsyncClient) -> None:
    assert client.beta.vector_stores is client.vector_stores
    async_client = make_async_client()
    assert async_client.beta.vector_stores is async_client.vector_stores


def test_beta_assistants_says_the_api_is_gone_and_what_replaced_it(
    client: OpenAI, make_async_client: MakeAsyncClient
) -> None:
    # The seed's assistant step: the Assistants API was shut down; the error names the Responses API.
    for beta in (client.beta, make_async_client().beta):
        for name in ("assistants", "threads"):
            with pytest.raises(
                AttributeError, match=f"client.beta.{name}: the Assistants API was shut down on 2026-08-26"
            ) as raised:
                getattr(beta, name)
            assert 'tools=[{"type": "file_search", "vector_store_ids": [store.id]}]' in str(raised.value)
            assert not hasattr(beta, name)


def test_context_manager_closes_the_http_client(recorder: Recorder, clock: FakeClock) -> None:
    recorder.add("GET", "/vector_stores/vs_1", Reply(json=vector_store()))
    http = mock_http(recorder)
    with OpenAI(api_key=API_KEY, base_url=BASE_URL, http_client=http, _clock=clock) as client:
        client.vector_stores.retrieve("vs_1")
        assert not http.is_closed
    assert http.is_closed


def test_context_manager_closes_an_unused_http_client(clock: FakeClock) -> None:
    http = httpx2.Client()
    with OpenAI(api_key=API_KEY, base_url=BASE_URL, http_client=http, _clock=clock):
        pass
    assert http.is_closed


def test_async_context_manager_closes_the_http_client(recorder: Recorder, clock: FakeClock) -> None:
    recorder.add("GET", "/vector_stores/vs_1", Reply(json=vector_store()))
    http = httpx2.AsyncClient(transport=httpx2.MockTransport(recorder.ahandle))

    async def main() -> None:
        async with AsyncOpenAI(api_key=API_KEY, base_url=BASE_URL, http_client=http, _clock=clock) as client:
            store = await client.vector_stores.retrieve("vs_1")
            assert store.id == "vs_1"
            assert not http.is_closed

    asyncio.run(main())
    assert http.is_closed
    assert len(recorder) == 1


def test_with_options_max_retries_zero(make_client: MakeClient, recorder: Recorder) -> None:
    recorder.add("GET", "/vector_stores/vs_1", Reply(500, {"error": {"message": "boom"}}))
    client = make_client(max_retries=2)
    no_retries = client.with_options(max_retries=0)

    assert no_retries.max_retries == 0
    assert client.max_retries == 2
    with pytest.raises(InternalServerError):
        no_retries.vector_stores.retrieve("vs_1")
    assert len(recorder) == 1

    with pytest.raises(InternalServerError):
        client.vector_stores.retrieve("vs_1")
    assert len(recorder) == 1 + 3


def test_with_options_keeps_the_rest_of_the_configuration(make_client: MakeClient, recorder: Recorder) -> None:
    recorder.add("GET", "/vector_stores/vs_1", Reply(json=vector_store()))
    client = make_client(organization="org-1", default_query={"tenant": "t1"})
    client.vector_stores.retrieve("vs_1")
    copy = client.with_options(max_retries=5)
    copy.vector_stores.retrieve("vs_1")

    assert copy.max_retries == 5
    first, second = recorder.requests
    for request in (first, second):
        assert request.headers["Authorization"] == f"Bearer {API_KEY}"
        assert request.headers["OpenAI-Organization"] == "org-1"
        assert request.url.params["tenant"] == "t1"


def test_with_options_base_url_does_not_change_the_original(make_client: MakeClient, recorder: Recorder) -> None:
    recorder.add("GET", "/vector_stores/vs_1", Reply(json=vector_store()))
    client = make_client()
    client.vector_stores.retrieve("vs_1")
    other = client.with_options(base_url="https://other.test/v1")
    other.vector_stores.retrieve("vs_1")
    client.vector_stores.retrieve("vs_1")

    assert [r.url.host for r in recorder.requests] == ["api.test", "other.test", "api.test"]


def test_with_options_organization_does_not_change_the_original(make_client: MakeClient, recorder: Recorder) -> None:
    recorder.add("GET", "/vector_stores/vs_1", Reply(json=vector_store()))
    client = make_client(organization="org-a")
    client.vector_stores.retrieve("vs_1")
    client.with_options(organization="org-b").vector_stores.retrieve("vs_1")
    client.vector_stores.retrieve("vs_1")

    assert [r.headers["OpenAI-Organization"] for r in recorder.requests] == ["org-a", "org-b", "org-a"]


def test_repr_does_not_contain_the_key(client: OpenAI, make_async_client: MakeAsyncClient) -> None:
    assert API_KEY not in repr(client)
    assert "api.test" in repr(client)
    assert API_KEY not in repr(make_async_client())
    assert API_KEY not in repr(client._connection)


def test_default_query_is_sent(make_client: MakeClient, recorder: Recorder) -> None:
    recorder.add("GET", "/vector_stores/vs_1", Reply(json=vector_store()))
    recorder.add("GET", "/vector_stores", Reply(json={"object": "list", "data": [], "has_more": False}))
    client = make_client(default_query={"api-version": "2025-01"})

    client.vector_stores.retrieve("vs_1")
    client.vector_stores.list(limit=3)

    first, second = recorder.requests
    assert first.url.params["api-version"] == "2025-01"
    assert second.url.params["api-version"] == "2025-01"
    assert second.url.params["limit"] == "3"


def test_default_headers_are_sent(make_client: MakeClient, recorder: Recorder) -> None:
    recorder.add("GET", "/vector_stores/vs_1", Reply(json=vector_store()))
    make_client(default_headers={"X-Custom": "yes"}).vector_stores.retrieve("vs_1")
    assert recorder.requests[0].headers["X-Custom"] == "yes"


def test_wrong_http_client_type_is_refused() -> None:
    with pytest.raises(TypeError, match=r"httpx2\.Client"):
        OpenAI(api_key=API_KEY, http_client=httpx2.AsyncClient())  # type: ignore[arg-type]


def test_a_client_of_the_httpx_package_is_refused_with_what_to_pass() -> None:
    httpx = pytest.importorskip("httpx")  # only there when something else brought it in
    with httpx.Client() as sync_client, pytest.raises(TypeError, match=r"httpx2\.Client\(\.\.\.\) instead"):
        OpenAI(api_key=API_KEY, http_client=sync_client)
    with pytest.raises(TypeError, match=r"httpx\.AsyncClient, a client of the httpx package.*httpx2\.AsyncClient"):
        AsyncOpenAI(api_key=API_KEY, http_client=httpx.AsyncClient())


def test_an_httpx2_client_with_its_own_transport_sees_every_request(recorder: Recorder) -> None:
    seen: list[str] = []

    def handle(request: httpx2.Request) -> httpx2.Response:
        seen.append(f"{request.method} {request.url.path} {request.headers['X-Via']}")
        return recorder.handle(request)

    recorder.add("GET", "/vector_stores/vs_1", Reply(json=vector_store()))
    http = httpx2.Client(transport=httpx2.MockTransport(handle), headers={"X-Via": "mine"})
    with OpenAI(api_key=API_KEY, base_url=BASE_URL, http_client=http) as client:
        assert client.vector_stores.retrieve("vs_1").id == "vs_1"
        raw = client.vector_stores.with_raw_response.retrieve("vs_1")
    assert seen == ["GET /v1/vector_stores/vs_1 mine"] * 2
    assert isinstance(raw.http_response, httpx2.Response) and isinstance(raw.http_request, httpx2.Request)


def test_default_httpx_client_takes_openais_arguments(recorder: Recorder) -> None:
    """``DefaultHttpxClient(...)`` as openai-python's docs write it (a proxy, a transport,
    limits); the SDK's defaults stay where the caller said nothing."""
    from vectorstores import DEFAULT_TIMEOUT, DefaultAsyncHttpxClient, DefaultHttpxClient

    with DefaultHttpxClient(proxy="http://127.0.0.1:9", transport=httpx2.HTTPTransport(local_address="0.0.0.0")):
        pass
    recorder.add("GET", "/vector_stores/vs_1", Reply(json=vector_store()))
    http = DefaultHttpxClient(transport=httpx2.MockTransport(recorder.handle), limits=httpx2.Limits(max_connections=3))
    assert isinstance(http, httpx2.Client) and http.follow_redirects and http.timeout == DEFAULT_TIMEOUT
    with OpenAI(api_key=API_KEY, base_url=BASE_URL, http_client=http) as client:
        assert client.vector_stores.retrieve("vs_1").id == "vs_1"
    assert isinstance(DefaultAsyncHttpxClient(timeout=5.0), httpx2.AsyncClient)


def test_openais_own_default_httpx_client_is_taken(recorder: Recorder) -> None:
    openai = pytest.importorskip("openai")  # the bench extra: openai-python 3 sends with httpx2 too
    recorder.add("GET", "/vector_stores/vs_1", Reply(json=vector_store()))
    http = openai.DefaultHttpxClient(transport=httpx2.MockTransport(recorder.handle))
    with OpenAI(api_key=API_KEY, base_url=BASE_URL, http_client=http) as client:
        assert client.vector_stores.retrieve("vs_1").id == "vs_1"


def test_paths_without_a_method_are_reachable_as_in_openai(client: OpenAI, recorder: Recorder) -> None:
    """client.get/post/... send to any path with the client's headers, retries and errors."""
    recorder.add("POST", "/vector_stores/vs_1/archive", Reply(json=vector_store(), headers={"x-foo": "bar"}))
    recorder.add("GET", "/vector_stores/vs_1", Reply(json=vector_store()))
    recorder.add("DELETE", "/things/1", Reply(500, {"error": {"message": "down"}}))

    raw = client.post(
        "/vector_stores/vs_1/archive",
        cast_to=httpx2.Response,
        body={"reason": "old"},
        options={"params": {"dry": "1"}, "headers": {"X-Trace": "t"}, "extra_json": {"by": "me"}},
    )
    assert raw.headers["x-foo"] == "bar"
    sent = recorder.requests[-1]
    assert (sent.url.params["dry"], sent.headers["X-Trace"]) == ("1", "t")
    assert sent.headers["Authorization"] == f"Bearer {API_KEY}" and sent.content == b'{"reason":"old","by":"me"}'
    from vectorstores.types import VectorStore

    store = client.get("vector_stores/vs_1", cast_to=VectorStore)
    assert isinstance(store, VectorStore) and store.id == "vs_1"
    assert client.get("/vector_stores/vs_1", cast_to=object)["id"] == "vs_1"  # type: ignore[index]
    with pytest.raises(InternalServerError, match="down"):
        client.with_options(max_retries=0).delete("/things/1", cast_to=object)
    with pytest.raises(TypeError, match="stream"):
        client.get("/x", cast_to=object, options={"stream": True})

    # openai-python's README passes httpx2.Response to get the response itself.
    assert isinstance(client.get("/vector_stores/vs_1", cast_to=httpx2.Response), httpx2.Response)


def test_custom_requests_on_the_async_client(make_async_client: MakeAsyncClient, recorder: Recorder) -> None:
    recorder.add("GET", "/vector_stores/vs_1", Reply(json=vector_store()))

    async def run() -> object:
        async with make_async_client() as client:
            return await client.get("/vector_stores/vs_1", cast_to=object)

    assert asyncio.run(run())["id"] == "vs_1"  # type: ignore[index]


def test_is_closed_auth_headers_and_an_omitted_header(client: OpenAI, recorder: Recorder) -> None:
    from vectorstores import omit

    recorder.add("GET", "/vector_stores/vs_1", Reply(json=vector_store()))
    assert client.auth_headers == {"Authorization": f"Bearer {API_KEY}"}
    client.vector_stores.retrieve("vs_1", extra_headers={"X-Stainless-Lang": omit})
    assert "X-Stainless-Lang" not in recorder.requests[-1].headers  # omit removes a default header
    assert not client.is_closed()
    client.close()
    assert client.is_closed()
    unused = OpenAI(api_key="k")
    unused.close()
    assert unused.is_closed()  # closed before any request, as openai-python's says too


LOGGED = """
import httpx2
from vectorstores import OpenAI

answers = iter([httpx2.Response(503), httpx2.Response(200, json={"id": "vs_1", "object": "vector_store"})])
http = httpx2.Client(transport=httpx2.MockTransport(lambda request: next(answers)))
client = OpenAI(api_key="k", base_url="https://api.test/v1", http_client=http)
client.with_options(max_retries=1).vector_stores.retrieve("vs_1")
"""


@pytest.mark.parametrize("level", ["info", ""])
def test_openai_log_shows_requests_and_retries(level: str) -> None:
    """OPENAI_LOG=info logs each request and each retry to stderr, as openai-python does."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "OPENAI_LOG": level}
    done = subprocess.run([sys.executable, "-c", LOGGED], env=env, capture_output=True, text=True, check=True)
    if level:
        assert "HTTP Request: GET https://api.test/v1/vector_stores/vs_1" in done.stderr
        assert "Retrying request in" in done.stderr and "InternalServerError" in done.stderr
    else:
        assert done.stderr == ""


def test_module_level_client_uses_the_packages_settings(recorder: Recorder, monkeypatch: pytest.MonkeyPatch) -> None:
    """``vectorstores.vector_stores.retrieve(...)`` as ``openai.vector_stores.retrieve(...)``."""
    import vectorstores

    recorder.add("GET", "/vector_stores/vs_1", Reply(json=vector_store()))
    monkeypatch.setattr(vectorstores, "api_key", "sk-module")
    monkeypatch.setattr(vectorstores, "base_url", BASE_URL)
    monkeypatch.setattr(vectorstores, "http_client", mock_http(recorder))
    assert vectorstores.vector_stores.retrieve("vs_1").id == "vs_1"
    assert recorder.requests[-1].headers["Authorization"] == "Bearer sk-module"
    monkeypatch.setattr(vectorstores, "api_key", "sk-changed")  # a changed setting: a new client
    vectorstores.vector_stores.retrieve("vs_1")
    assert recorder.requests[-1].headers["Authorization"] == "Bearer sk-changed"
    assert vectorstores.beta.vector_stores is vectorstores.vector_stores
    with pytest.raises(AttributeError):
        vectorstores.not_a_resource  # type: ignore[attr-defined]  # noqa: B018


def test_an_httpx2_timeout_is_taken_per_client_and_per_call(client: OpenAI, recorder: Recorder) -> None:
    """openai-python's README passes httpx2.Timeout, for the client and for one call."""
    made = OpenAI(api_key="k", timeout=httpx2.Timeout(connect=1.0, read=2.0, write=3.0, pool=4.0))
    assert made.timeout == httpx2.Timeout(connect=1.0, read=2.0, write=3.0, pool=4.0)
    recorder.add("GET", "/vector_stores/vs_1", Reply(json=vector_store()))
    client.vector_stores.retrieve("vs_1", timeout=httpx2.Timeout(1.0, read=2.0, write=3.0, pool=4.0))
    assert recorder.requests[-1].extensions["timeout"] == {"connect": 1.0, "read": 2.0, "write": 3.0, "pool": 4.0}


def test_an_httpx_client_the_sdk_made_is_closed_when_dropped() -> None:
    """As openai-python's: a client left unclosed does not leave its connections to the exit."""
    import gc

    client = OpenAI(api_key="k", base_url="https://api.test/v1")
    http = client._connection.get_httpx_client()
    assert not http.is_closed
    del client
    http.__del__()  # type: ignore[attr-defined]  # what the collector calls once nothing holds it
    gc.collect()
    assert http.is_closed


def test_openais_top_level_names() -> None:
    from pathlib import Path

    import vectorstores

    assert vectorstores.not_given is vectorstores.NOT_GIVEN
    assert (vectorstores.Client, vectorstores.AsyncClient) == (OpenAI, AsyncOpenAI)
    assert vectorstores.Timeout is httpx2.Timeout and vectorstores.DEFAULT_MAX_RETRIES == 2
    assert httpx2.Timeout(600.0, connect=5.0) == vectorstores.DEFAULT_TIMEOUT
    assert vectorstores.file_from_path("docs/a.md") == Path("docs/a.md")  # a path: uploads stream it
    assert set(vectorstores.__all__) <= set(dir(vectorstores)) | {"__version__"}


def test_with_options_adds_headers_and_set_default_headers_replaces_them(
    make_client: MakeClient, recorder: Recorder
) -> None:
    """As openai-python's: ``default_headers`` adds to the client's own, ``set_default_headers``
    replaces them; an option not given keeps its value."""
    for _ in range(2):
        recorder.add("GET", "/vector_stores/vs_1", Reply(json=vector_store()))
    client = make_client(default_headers={"X-Team": "search"}, default_query={"a": "1"})
    client.with_options(default_headers={"X-Trace": "t"}, default_query={"b": "2"}).vector_stores.retrieve("vs_1")
    client.with_options(set_default_headers={"X-Only": "o"}, set_default_query={}).vector_stores.retrieve("vs_1")
    added, replaced = recorder.requests
    assert (added.headers["X-Team"], added.headers["X-Trace"]) == ("search", "t")
    assert dict(added.url.params) == {"a": "1", "b": "2"}
    assert "X-Team" not in replaced.headers and replaced.headers["X-Only"] == "o"
    assert dict(replaced.url.params) == {}
    with pytest.raises(ValueError, match="cannot both be given"):
        client.with_options(default_headers={}, set_default_headers={})


def test_openais_other_options_are_kept_not_sent(recorder: Recorder) -> None:
    client = OpenAI(api_key=API_KEY, base_url=BASE_URL, webhook_secret="whsec", websocket_base_url="wss://x.test")
    copy = client.with_options(max_retries=0)
    assert (copy.webhook_secret, copy.websocket_base_url) == ("whsec", "wss://x.test")
