"""Every non-2xx status raises its typed error, filled from the API's error envelope; nothing is
returned as if it were a result."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx2
import pytest
from vectorstores_raw import errors
from vectorstores_raw.api.files import retrieve_file
from vectorstores_raw.api.vector_stores import get_vector_store

ENVELOPE = {
    "error": {"message": "No such File object: file-x", "type": "invalid_request_error", "param": "id", "code": "nope"},
    "detail": {"message": "No such File object: file-x", "code": None},
}


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (422, errors.UnprocessableEntityError),
        (429, errors.RateLimitError),
        (500, errors.InternalServerError),
        (502, errors.InternalServerError),
        (503, errors.InternalServerError),
        (418, errors.APIStatusError),
    ],
)
def test_status_raises_its_class_with_every_field(raw_client: Callable[..., Any], status: int, cls: type) -> None:
    client = raw_client(lambda request: httpx2.Response(status, json=ENVELOPE, headers={"x-request-id": "req_123"}))
    with pytest.raises(cls) as caught:
        retrieve_file.sync(client, "file-x")
    error = caught.value
    assert type(error) is cls
    assert isinstance(error, errors.APIStatusError)
    assert (error.status_code, error.message, error.type, error.param, error.code, error.request_id) == (
        status,
        f"Error code: {status} - No such File object: file-x",  # worded as openai-python words it
        "invalid_request_error",
        "id",
        "nope",
        "req_123",
    )
    assert error.body == ENVELOPE["error"]  # the inner object, as openai-python keeps it
    assert f"Error code: {status}" in str(error)


def test_async_raises_the_same_way(raw_client: Callable[..., Any]) -> None:
    client = raw_client(lambda request: httpx2.Response(404, json=ENVELOPE))
    with pytest.raises(errors.NotFoundError):
        asyncio.run(get_vector_store.asyncio(client, "vs_missing"))


def test_non_json_error_body_gives_a_message_with_an_excerpt(raw_client: Callable[..., Any]) -> None:
    client = raw_client(lambda request: httpx2.Response(502, text="<html><h1>502 Bad Gateway</h1></html>"))
    with pytest.raises(errors.InternalServerError) as caught:
        get_vector_store.sync(client, "vs_1")
    assert "502 Bad Gateway" in caught.value.message
    assert caught.value.type is None
    assert str(caught.value).count("Error code: 502") == 1  # the status is said once, not twice


def test_empty_error_body_says_so(raw_client: Callable[..., Any]) -> None:
    client = raw_client(lambda request: httpx2.Response(503))
    with pytest.raises(errors.InternalServerError) as caught:
        get_vector_store.sync(client, "vs_1")
    assert str(caught.value) == "Error code: 503 - (empty body)"


@pytest.mark.parametrize(
    ("response", "reason"),
    [
        (httpx2.Response(200, text="<html>not json</html>"), "not valid JSON"),
        (httpx2.Response(200, content=b""), "not valid JSON"),
        (httpx2.Response(200, json=[{"id": "vs_1"}]), "expected a JSON object, got list"),
    ],
)
def test_garbage_2xx_bodies_are_typed_errors(
    raw_client: Callable[..., Any], response: httpx2.Response, reason: str
) -> None:
    client = raw_client(lambda request: response)
    with pytest.raises(errors.APIResponseValidationError, match=reason) as caught:
        get_vector_store.sync(client, "vs_1")
    assert caught.value.status_code == 200


def test_transport_failures_are_connection_and_timeout_errors(raw_client: Callable[..., Any]) -> None:
    def refuse(request: httpx2.Request) -> httpx2.Response:
        raise httpx2.ConnectError("refused", request=request)

    def slow(request: httpx2.Request) -> httpx2.Response:
        raise httpx2.ReadTimeout("slow", request=request)

    with pytest.raises(errors.APIConnectionError) as caught:
        get_vector_store.sync(raw_client(refuse), "vs_1")
    assert not isinstance(caught.value, errors.APITimeoutError)
    with pytest.raises(errors.APITimeoutError):
        get_vector_store.sync(raw_client(slow), "vs_1")


def test_the_token_never_appears_in_errors(raw_client: Callable[..., Any]) -> None:
    client = raw_client(lambda request: httpx2.Response(401, json=ENVELOPE))
    with pytest.raises(errors.AuthenticationError) as caught:
        get_vector_store.sync(client, "vs_1")
    assert "sk-test-key" not in repr(caught.value) + str(caught.value)
    assert "sk-test-key" not in repr(client)
