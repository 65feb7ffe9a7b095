"""Client configuration: arguments, environment, headers, lifecycle and copies."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from vectorstores import AsyncOpenAI, InternalServerError, OpenAI, OpenAIError

from .conftest import API_KEY, BASE_URL, FakeClock, MakeAsyncClient, MakeClient, Recorder, Reply, vector_store

ENV_VARS = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)


def mock_http(recorder: Recorder) -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(recorder.handle))


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
        assert str(client.base_url) == "https://args.test/v1"
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


def test_context_manager_closes_the_http_client(recorder: Recorder, clock: FakeClock) -> None:
    recorder.add("GET", "/vector_stores/vs_1", Reply(json=vector_store()))
    http = mock_http(recorder)
    with OpenAI(api_key=API_KEY, base_url=BASE_URL, http_client=http, _clock=clock) as client:
        client.vector_stores.retrieve("vs_1")
        assert not http.is_closed
    assert http.is_closed


def test_context_manager_closes_an_unused_http_client(clock: FakeClock) -> None:
    http = httpx.Client()
    with OpenAI(api_key=API_KEY, base_url=BASE_URL, http_client=http, _clock=clock):
        pass
    assert http.is_closed


def test_async_context_manager_closes_the_http_client(recorder: Recorder, clock: FakeClock) -> None:
    recorder.add("GET", "/vector_stores/vs_1", Reply(json=vector_store()))
    http = httpx.AsyncClient(transport=httpx.MockTransport(recorder.ahandle))

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
    with pytest.raises(TypeError, match=r"httpx\.Client"):
        OpenAI(api_key=API_KEY, http_client=httpx.AsyncClient())  # type: ignore[arg-type]
