"""Comparing what the SDK read and sent with what was recorded."""

from __future__ import annotations

import enum
import json
from typing import Any

import httpx2
from vectorstores import (
    APIStatusError,
    AsyncCursorPage,
    AsyncPage,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    SyncCursorPage,
    SyncPage,
    UnprocessableEntityError,
)
from vectorstores_raw.base_model import BaseModel

from .operations import Operation, Shape
from .replay import API_KEY
from .traffic import Interaction, JsonBody, MultipartBody, RawBody, UnrecordedBody, parse_multipart

__all__ = [
    "assert_error_matches",
    "assert_reads_back",
    "assert_request_matches",
    "assert_result_matches",
    "expected_error",
]

# Free-form objects of the API (user keys and values): they read back as plain dicts.
_FREE_FORM = frozenset({"metadata", "attributes"})
_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


# --- Responses ------------------------------------------------------------------------------------


def assert_reads_back(parsed: object, recorded: Any, where: str) -> None:
    """Every value of the recorded JSON reads back from the parsed result, typed where the API
    has a type: documented keys as attributes (nested objects as models, not dicts), other keys
    kept as sent, and documented keys the server left out read as None (and are not in
    ``model_fields_set``) rather than invented."""
    if isinstance(recorded, dict):
        if isinstance(parsed, BaseModel):
            _assert_model(parsed, recorded, where)
        elif isinstance(parsed, dict) and where.rsplit(".", 1)[-1] in _FREE_FORM:
            assert parsed == recorded, f"{where}: reads {parsed!r}, recorded {recorded!r}"
        else:
            raise AssertionError(f"{where}: recorded an object, the SDK reads {type(parsed).__name__} {parsed!r:.300}")
    elif isinstance(recorded, list):
        assert isinstance(parsed, list), f"{where}: recorded a list, the SDK reads {parsed!r:.300}"
        assert len(parsed) == len(recorded), f"{where}: {len(parsed)} items read, {len(recorded)} recorded"
        for index, (item, recorded_item) in enumerate(zip(parsed, recorded, strict=True)):
            assert_reads_back(item, recorded_item, f"{where}[{index}]")
    else:
        value = parsed.value if isinstance(parsed, enum.Enum) else parsed
        # bool is an int in Python; True must not pass for 1.
        same = value == recorded and isinstance(value, bool) == isinstance(recorded, bool)
        assert same, f"{where}: reads {parsed!r}, recorded {recorded!r}"


def _assert_model(parsed: BaseModel, recorded: dict[str, Any], where: str) -> None:
    # wire name -> attribute name of every documented field
    documented = {info.alias: attribute for attribute, info in type(parsed).model_fields.items()}
    kept = parsed.additional_properties
    for key, value in recorded.items():
        if key in documented:
            assert_reads_back(getattr(parsed, documented[key]), value, f"{where}.{key}")
        else:
            assert key in kept, f"{where}.{key}: the server sent it, the SDK dropped it"
            assert kept[key] == value, f"{where}.{key}: kept as {kept[key]!r}, recorded {value!r}"
    for key in sorted(documented.keys() - recorded.keys()):
        attribute = documented[key]
        value = getattr(parsed, attribute)
        assert value is None, f"{where}.{key}: not in the response, yet reads {value!r}"
        assert attribute not in parsed.model_fields_set, f"{where}.{key}: not in the response, yet counted as set"


def assert_result_matches(result: object, operation: Operation, interaction: Interaction) -> None:
    """The result of a 2xx call reads back as the recorded body: objects field by field, pages
    with their cursors (``first_id``, ``last_id``, ``has_more``) and the ids of their items."""
    if operation.shape is Shape.BYTES:
        assert result == interaction.response_content
        return
    recorded = interaction.response_json()
    where = operation.name
    if operation.shape is Shape.OBJECT:
        assert_reads_back(result, recorded, where)
        return
    pages = (SyncCursorPage, AsyncCursorPage, SyncPage, AsyncPage)
    assert isinstance(result, pages), f"{where}: got {type(result).__name__}"
    assert [getattr(item, "id", None) for item in result.data] == [item.get("id") for item in recorded["data"]]
    assert result.has_more is (recorded.get("has_more") is True)
    assert result.object == recorded.get("object", "list")
    if operation.shape is Shape.CURSOR_PAGE:
        assert isinstance(result, (SyncCursorPage, AsyncCursorPage))
        assert result.first_id == recorded.get("first_id")
        assert result.last_id == recorded.get("last_id")
    else:
        assert isinstance(result, (SyncPage, AsyncPage))
        if "search_query" in recorded:  # a list in the real API, though documented as a string
            assert result.search_query == recorded["search_query"]
        assert result.next_page == recorded.get("next_page")
    assert_reads_back(result.response, recorded, where)


def expected_error(status: int) -> type[APIStatusError]:
    """The typed error the SDK documents for a status."""
    if status >= 500:
        return InternalServerError
    return _STATUS_ERRORS.get(status, APIStatusError)


def assert_error_matches(error: APIStatusError, interaction: Interaction) -> None:
    """The typed error carries the recorded status and the ``error`` envelope's fields."""
    recorded = interaction.response_json()
    envelope = recorded["error"]
    assert type(error) is expected_error(interaction.status)
    assert error.status_code == interaction.status
    assert error.message == f"Error code: {interaction.status} - {envelope['message']}"
    assert (error.type, error.param, error.code) == (envelope.get("type"), envelope.get("param"), envelope.get("code"))
    assert error.body == envelope  # the inner object, as openai-python keeps it
    assert error.request_id == interaction.response_headers.get("x-request-id")


# --- Requests -------------------------------------------------------------------------------------


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def assert_request_matches(sent: httpx2.Request, interaction: Interaction, operation: Operation) -> None:
    """The request the SDK sent is the recorded one: method, path, query parameters (in any
    order), body, and the headers that mean something here (credentials, body type)."""
    recorded_url = httpx2.URL(interaction.url)
    assert sent.method == interaction.method
    assert sent.url.path == recorded_url.path
    assert sorted(sent.url.params.multi_items()) == sorted(interaction.query)
    # Recorded keys are "Sanitized" or a placeholder: only their presence can be compared.
    if "authorization" in interaction.request_headers:
        assert sent.headers.get("authorization") == f"Bearer {API_KEY}"
    expected = operation.expected_body
    if expected is None:
        assert sent.content == b"", f"no body was recorded, the SDK sent {sent.content[:200]!r}"
        return
    recorded_type = interaction.request_headers.get("content-type")
    assert _media_type(sent.headers.get("content-type")) == _media_type(recorded_type)
    if isinstance(expected, JsonBody):
        assert json.loads(sent.content) == expected.data
    elif isinstance(expected, MultipartBody):
        _assert_same_form(parse_multipart(sent.content, sent.headers["content-type"]), expected)
    elif isinstance(expected, RawBody):
        assert sent.content == expected.content
    else:
        assert not isinstance(expected, UnrecordedBody), "an unrecorded body cannot be compared"


def _assert_same_form(sent: MultipartBody, expected: MultipartBody) -> None:
    assert dict(sent.fields) == dict(expected.fields)
    assert sorted(sent.files) == sorted(expected.files)
    for name, part in expected.files.items():
        sent_part = sent.files[name]
        assert sent_part.filename == part.filename
        assert len(sent_part.content) == len(part.content)
        assert sent_part.content == part.content
