"""Every way a request can be refused, through plain httpx2: keys, unknown ids and paths, bad bodies."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx2
import pytest

from .conftest import API_KEY, Served, serve, stop, violations
from .support import Json, error, indexed, ok, static, store, upload

MISSING_STORE = "vs_00000000000000000000000000000000"
MISSING_FILE = "file-AAAAAAAAAAAAAAAAAAAAAA"
MISSING_BATCH = "vsfb_00000000000000000000000000000000"

# The 21 operations with a body each accepts, ids filled in by ``Ids.fill``.
OPERATIONS: list[tuple[str, str, Json | None]] = [
    ("GET", "/files", None),
    ("POST", "/files", None),
    ("GET", "/files/{file}", None),
    ("DELETE", "/files/{file}", None),
    ("GET", "/files/{file}/content", None),
    ("GET", "/vector_stores", None),
    ("POST", "/vector_stores", {"name": "x"}),
    ("GET", "/vector_stores/{store}", None),
    ("POST", "/vector_stores/{store}", {"name": "y"}),
    ("DELETE", "/vector_stores/{store}", None),
    ("POST", "/vector_stores/{store}/search", {"query": "x"}),
    ("POST", "/vector_stores/{store}/files", {"file_id": "{file}"}),
    ("GET", "/vector_stores/{store}/files", None),
    ("GET", "/vector_stores/{store}/files/{file}", None),
    ("POST", "/vector_stores/{store}/files/{file}", {"attributes": {"a": 1}}),
    ("DELETE", "/vector_stores/{store}/files/{file}", None),
    ("GET", "/vector_stores/{store}/files/{file}/content", None),
    ("POST", "/vector_stores/{store}/file_batches", {"file_ids": ["{file}"]}),
    ("GET", "/vector_stores/{store}/file_batches/{batch}", None),
    ("POST", "/vector_stores/{store}/file_batches/{batch}/cancel", None),
    ("GET", "/vector_stores/{store}/file_batches/{batch}/files", None),
]
JSON_OPERATIONS = [(method, path, body) for method, path, body in OPERATIONS if body is not None]


@dataclass
class Ids:
    store: str
    file: str
    batch: str

    def fill(self, text: str) -> str:
        return text.format(store=self.store, file=self.file, batch=self.batch)

    def body(self, body: Any) -> Any:
        """The body with ids filled into every string in it."""
        if isinstance(body, str):
            return self.fill(body)
        if isinstance(body, list):
            return [self.body(item) for item in body]
        if isinstance(body, dict):
            return {key: self.body(value) for key, value in body.items()}
        return body


def call(http: httpx2.Client, method: str, path: str, body: Any = None, **extra: Any) -> httpx2.Response:
    return http.request(method, path, json=body, **extra)


@pytest.fixture
def real(http: httpx2.Client, emulator: Served) -> Ids:
    """A store holding an indexed file that came in a batch."""
    file_id = upload(http, "real.txt", b"real content")["id"]
    store_id = store(http)["id"]
    batch = ok(http.post(f"/vector_stores/{store_id}/file_batches", json={"file_ids": [file_id]}))
    indexed(http, store_id, file_id)
    return Ids(store_id, file_id, batch["id"])


def test_every_operation_needs_the_key(emulator: Served, real: Ids) -> None:
    """No key, a wrong key, or a key under another scheme: 401, and a wrong key is never echoed whole."""
    wrong = "sk-wrong-secret-0123456789"
    with httpx2.Client(base_url=emulator.base_url) as anonymous:
        for method, template, body in OPERATIONS:
            path = real.fill(template)
            missing = error(call(anonymous, method, path, real.body(body)), 401)
            assert "didn't provide an API key" in missing["message"]
            bad = error(
                call(anonymous, method, path, real.body(body), headers={"Authorization": f"Bearer {wrong}"}), 401
            )
            assert bad["code"] == "invalid_api_key"
            assert wrong not in bad["message"]
            assert "0123456789" not in bad["message"]
            scheme = {"Authorization": f"Basic {API_KEY}"}
            error(call(anonymous, method, path, real.body(body), headers=scheme), 401)
    # Nothing was done on behalf of the refused requests.
    with httpx2.Client(base_url=emulator.base_url, headers={"Authorization": f"Bearer {API_KEY}"}) as authorised:
        assert ok(authorised.get(f"/vector_stores/{real.store}"))["name"] is None
        assert len(ok(authorised.get("/vector_stores"))["data"]) == 1


def test_a_server_without_a_key_takes_any_request() -> None:
    served = serve(processing_delay_ms=50)
    try:
        with httpx2.Client(base_url=served.base_url) as anonymous:
            assert ok(anonymous.post("/vector_stores", json={"name": "open"}))["name"] == "open"
            with_key = anonymous.get("/vector_stores", headers={"Authorization": "Bearer anything"})
            assert [item["name"] for item in ok(with_key)["data"]] == ["open"]
    finally:
        stop(served)
    assert not violations(served.recorder.take())


def test_unknown_ids_on_every_operation_that_takes_one(http: httpx2.Client, real: Ids) -> None:
    """A 404 naming the kind of object and the id, whichever id in the path or body is unknown."""
    other_store = store(http)["id"]
    unattached = upload(http, "loose.txt", b"loose")["id"]
    unknown_store = Ids(MISSING_STORE, real.file, real.batch)
    unknown_file = Ids(real.store, MISSING_FILE, real.batch)
    cases: list[tuple[str, str, Json | None, Ids, str]] = []
    for method, template, body in OPERATIONS:
        if "{file}" in template and template.startswith("/files"):
            cases.append((method, template, body, unknown_file, f"No such File object: {MISSING_FILE}"))
        if "{store}" in template:
            cases.append((method, template, body, unknown_store, f"No such VectorStore object: {MISSING_STORE}"))
        if "{store}/files/{file}" in template:
            message = f"No such VectorStoreFile object: {MISSING_FILE}"
            cases.append((method, template, body, unknown_file, message))
            message = f"No such VectorStoreFile object: {unattached}"
            cases.append((method, template, body, Ids(real.store, unattached, real.batch), message))
        if "{batch}" in template:
            message = f"No such VectorStoreFileBatch object: {MISSING_BATCH}"
            cases.append((method, template, body, Ids(real.store, real.file, MISSING_BATCH), message))
            # A batch is found only under its own store.
            message = f"No such VectorStoreFileBatch object: {real.batch}"
            cases.append((method, template, body, Ids(other_store, real.file, real.batch), message))
    # Unknown files named in bodies.
    for method, template, body in OPERATIONS:
        if body is not None and any("{file}" in str(value) for value in body.values()):
            message = f"No such File object: {MISSING_FILE}"
            cases.append((method, template, body, unknown_file, message))
    cases.append(
        ("POST", "/vector_stores", {"file_ids": ["{file}"]}, unknown_file, f"No such File object: {MISSING_FILE}")
    )

    operations_with_ids = {(method, template) for method, template, _, _, _ in cases}
    assert len(operations_with_ids) == 18  # all 21 but the upload and the two top-level lists
    for method, template, body, ids, message in cases:
        found = error(call(http, method, ids.fill(template), ids.body(body)), 404)
        assert found["message"] == message, (method, template)
        assert found["type"] == "invalid_request_error"
    # The real objects are untouched by all those misses.
    assert ok(http.get(f"/vector_stores/{real.store}/files/{real.file}"))["status"] == "completed"


def test_error_bodies_carry_the_detail_twin(http: httpx2.Client, emulator: Served) -> None:
    response = http.get(f"/files/{MISSING_FILE}")
    body = response.json()
    assert body["detail"] == {"message": body["error"]["message"], "code": body["error"]["code"]}
    assert body["error"]["param"] == "id"


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/nope"),
        ("GET", "/vector_stores/vs_1/nope"),
        ("PUT", "/files"),
        ("PATCH", "/vector_stores/vs_1"),
        ("DELETE", "/vector_stores"),
        ("GET", "/vector_stores/vs_1/search"),
        ("GET", "/vector_stores/vs_1/file_batches"),
    ],
)
def test_unknown_path_or_method_is_an_invalid_url(
    http: httpx2.Client, emulator: Served, method: str, path: str
) -> None:
    found = error(http.request(method, path), 404)
    assert found["message"] == f"Invalid URL ({method} /v1{path})"


MALFORMED = [b"{nope", b'{"name": "x",}', b"[1, 2]", b'"text"', b"null", b"\xff\xfe", b'{"name": "a"} trailing']


def test_malformed_json_is_refused(http: httpx2.Client, real: Ids) -> None:
    """Bodies that are not one JSON object: a 400 on every operation that reads JSON."""
    for raw in MALFORMED:
        for method, template, _ in JSON_OPERATIONS:
            response = http.request(
                method, real.fill(template), content=raw, headers={"Content-Type": "application/json"}
            )
            error(response, 400, None)


def test_unknown_parameters_are_named(http: httpx2.Client, real: Ids) -> None:
    for method, template, body in JSON_OPERATIONS:
        found = error(call(http, method, real.fill(template), {**real.body(body), "colour": "red"}), 400, "colour")
        assert found["message"] == "Unknown parameter: 'colour'."
        assert found["code"] == "unknown_parameter"
    nested = {"query": "x", "ranking_options": {"colour": "red"}}
    error(call(http, "POST", f"/vector_stores/{real.store}/search", nested), 400, "ranking_options.colour")
    chunking = {"name": "x", "chunking_strategy": {"type": "auto", "static": {}}}
    error(call(http, "POST", "/vector_stores", chunking), 400)


# (path template, body, the parameter the 400 must name)
BAD_BODIES: list[tuple[str, Json, str | None]] = [
    ("/vector_stores", {"name": 5}, "name"),
    ("/vector_stores", {"name": None}, "name"),
    ("/vector_stores", {"description": ["a"]}, "description"),
    ("/vector_stores", {"metadata": "tags"}, "metadata"),
    ("/vector_stores", {"metadata": {"count": 1}}, "metadata.count"),
    ("/vector_stores", {"file_ids": "{file}"}, "file_ids"),
    ("/vector_stores", {"file_ids": [5]}, "file_ids[0]"),
    ("/vector_stores", {"expires_after": {"anchor": "created_at", "days": 1}}, "expires_after.anchor"),
    ("/vector_stores", {"expires_after": {"anchor": "last_active_at", "days": 0}}, "expires_after.days"),
    ("/vector_stores", {"expires_after": {"anchor": "last_active_at", "days": 366}}, "expires_after.days"),
    ("/vector_stores", {"expires_after": {"anchor": "last_active_at", "days": 1.5}}, "expires_after.days"),
    ("/vector_stores", {"expires_after": {"anchor": "last_active_at"}}, "expires_after.days"),
    ("/vector_stores", {"chunking_strategy": {"type": "static"}}, "chunking_strategy.static"),
    ("/vector_stores", {"chunking_strategy": {"type": "fixed"}}, None),
    ("/vector_stores", {"chunking_strategy": static(99, 0)}, "chunking_strategy.static.max_chunk_size_tokens"),
    ("/vector_stores", {"chunking_strategy": static(4097, 0)}, "chunking_strategy.static.max_chunk_size_tokens"),
    ("/vector_stores", {"chunking_strategy": static(200, 101)}, "chunking_strategy.static.chunk_overlap_tokens"),
    ("/vector_stores", {"chunking_strategy": static(200, -1)}, "chunking_strategy.static.chunk_overlap_tokens"),
    # A whole number written as a decimal is not an integer to the API.
    ("/vector_stores", {"chunking_strategy": static(100.0, 0)}, "chunking_strategy.static.max_chunk_size_tokens"),  # type: ignore[arg-type]
    ("/vector_stores/{store}", {"name": ["x"]}, "name"),
    ("/vector_stores/{store}", {"expires_after": {"anchor": "last_active_at", "days": "1"}}, "expires_after.days"),
    ("/vector_stores/{store}/files", {}, "file_id"),
    ("/vector_stores/{store}/files", {"file_id": 7}, "file_id"),
    ("/vector_stores/{store}/files", {"file_id": "{file}", "attributes": {"a": [1]}}, "attributes.a"),
    ("/vector_stores/{store}/files", {"file_id": "{file}", "attributes": {"a": {"b": 1}}}, "attributes.a"),
    ("/vector_stores/{store}/files", {"file_id": "{file}", "attributes": "x"}, "attributes"),
    ("/vector_stores/{store}/files", {"file_id": "{file}", "chunking_strategy": static(100, 51)}, None),
    ("/vector_stores/{store}/files/{file}", {"attributes": {"a": None}}, "attributes.a"),
    ("/vector_stores/{store}/file_batches", {"file_ids": [None]}, "file_ids[0]"),
    ("/vector_stores/{store}/file_batches", {"files": [{"file_id": "{file}", "colour": 1}]}, "files[0].colour"),
    ("/vector_stores/{store}/search", {"query": "x", "rewrite_query": "yes"}, "rewrite_query"),
    ("/vector_stores/{store}/search", {"query": "x", "ranking_options": {"ranker": "fast"}}, "ranking_options.ranker"),
    ("/vector_stores/{store}/search", {"query": "x", "max_num_results": 2.0}, "max_num_results"),
]


def test_wrong_types_and_values_are_named(http: httpx2.Client, real: Ids) -> None:
    for template, body, param in BAD_BODIES:
        found = error(http.post(real.fill(template), json=real.body(body)), 400, param)
        if param is not None:
            assert f"'{param}'" in found["message"], found
    # None of those left anything behind.
    assert len(ok(http.get("/vector_stores"))["data"]) == 1


def test_decimal_for_an_integer_says_so(http: httpx2.Client, real: Ids) -> None:
    found = error(http.post(f"/vector_stores/{real.store}/search", json={"query": "x", "max_num_results": 2.0}), 400)
    assert found["message"] == "Invalid type for 'max_num_results': expected an integer, but got a decimal instead."
    assert found["code"] == "invalid_type"


def pairs(count: int, key_length: int = 3, value_length: int = 1) -> dict[str, str]:
    return {f"{index:0{key_length}d}": "v" * value_length for index in range(count)}


def test_metadata_limits(http: httpx2.Client, real: Ids) -> None:
    """16 pairs, 64-character keys and 512-character values are the most metadata may hold."""
    assert len(store(http, metadata=pairs(16))["metadata"]) == 16
    store(http, metadata={"k" * 64: "v" * 512})
    path = f"/vector_stores/{real.store}"
    for target in ("/vector_stores", path):
        assert "at most 16" in error(http.post(target, json={"metadata": pairs(17)}), 400, "metadata")["message"]
        error(http.post(target, json={"metadata": {"k" * 65: "v"}}), 400, "metadata")
        error(http.post(target, json={"metadata": {"key": "v" * 513}}), 400, "metadata.key")
    assert ok(http.get(path))["metadata"] == {}


def test_attribute_limits(http: httpx2.Client, real: Ids) -> None:
    """The same limits for attributes, wherever attributes are given."""
    attach_path = f"/vector_stores/{real.store}/files"
    update_path = f"{attach_path}/{real.file}"
    batch_path = f"/vector_stores/{real.store}/file_batches"
    ok(http.post(update_path, json={"attributes": {**pairs(15), "k" * 64: "v" * 512}}))
    too_many: Json = {"attributes": pairs(17)}
    long_key: Json = {"attributes": {"k" * 65: "v"}}
    long_value: Json = {"attributes": {"key": "v" * 513}}
    for bad, param in ((too_many, "attributes"), (long_key, "attributes"), (long_value, "attributes.key")):
        error(http.post(attach_path, json={"file_id": real.file, **bad}), 400, param)
        error(http.post(update_path, json=bad), 400, param)
        error(http.post(batch_path, json={"file_ids": [real.file], **bad}), 400, param)
        error(http.post(batch_path, json={"files": [{"file_id": real.file, **bad}]}), 400, f"files[0].{param}")
    assert len(ok(http.get(update_path))["attributes"]) == 16


def test_file_ids_limit(http: httpx2.Client, real: Ids) -> None:
    """Up to 500 file ids on a new store (repeats count, and attach once); 501 is refused."""
    created = store(http, file_ids=[real.file] * 500)
    assert created["file_counts"]["total"] == 1
    found = error(http.post("/vector_stores", json={"file_ids": [real.file] * 501}), 400, "file_ids")
    assert "500" in found["message"]
    assert "maximum length 500" in found["message"]


def test_nothing_odd_causes_a_server_error(http: httpx2.Client, real: Ids) -> None:
    """Awkward but well-formed JSON on every body-taking operation: answered, never a 500."""
    oddities: list[Any] = [
        {},
        {"name": "x" * 100_000},
        {"metadata": None},
        {"attributes": None},
        {"file_id": ""},
        {"file_ids": []},
        {"files": []},
        {"files": [{"file_id": "{file}", "attributes": None, "chunking_strategy": None}]},
        {"query": "x", "filters": None},
        {"query": "x", "filters": {"type": "and", "filters": [{"type": "eq", "key": "a", "value": [1, "b"]}]}},
        {"query": "x" * 100_000},
        {"query": ["x"] * 1000},
        {"query": "x", "max_num_results": 10**30},
        {"query": "x", "ranking_options": {"score_threshold": 1e-300}},
        {"expires_after": None},
        {"chunking_strategy": None},
        {"chunking_strategy": static(4096, 2048)},
        {"name": "\u0000\ud7ff\U0010ffff"},
    ]
    for method, template, _ in JSON_OPERATIONS:
        for body in oddities:
            response = call(http, method, real.fill(template), real.body(body))
            assert response.status_code in (200, 400, 404), (template, body, response.text)
            assert "Traceback" not in response.text
            assert response.headers["x-request-id"].startswith("req_")
    # Whatever was accepted, the indexer still works afterwards.
    late = upload(http, "late.txt", b"late but fine")["id"]
    ok(http.post(f"/vector_stores/{real.store}/files", json={"file_id": late}))
    assert indexed(http, real.store, late)["status"] == "completed"
