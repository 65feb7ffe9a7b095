"""Every operation of the patched document is served: by a stateful model, or with a ``501``
naming its operationId in the API's error envelope."""

from __future__ import annotations

import copy
from typing import Any

from starlette.testclient import TestClient
from vectorstores_emulator import create_app
from vectorstores_emulator.app import not_emulated
from vectorstores_emulator.schema import document

# Written out, not computed, so that an operation added to the spec without a model shows up
# here as a failing diff the maintainer has to accept on purpose.
EXPECTED_WITHOUT_MODEL: list[str] = []


def test_operations_without_a_stateful_model() -> None:
    assert not_emulated(document()) == EXPECTED_WITHOUT_MODEL


def _with_extra_operations() -> dict[str, Any]:
    spec = copy.deepcopy(document())
    # A new path, and a new method on a path whose other methods are modelled.
    spec["paths"]["/vector_stores/{vector_store_id}/archive"] = {
        "post": {"operationId": "archiveVectorStore", "responses": {"200": {"description": "ok"}}}
    }
    spec["paths"]["/files/{file_id}"]["patch"] = {
        "operationId": "patchFile",
        "responses": {"200": {"description": "ok"}},
    }
    return spec


def test_an_operation_added_to_the_spec_answers_501_naming_it() -> None:
    spec = _with_extra_operations()
    assert not_emulated(spec) == ["patchFile", "archiveVectorStore"]
    # As a context manager, so that the app's lifespan closes its database (unclosed, Python 3.13
    # warns about it whenever it is collected).
    with TestClient(create_app(spec=spec), raise_server_exceptions=False) as http:
        for method, path, operation_id in (
            ("POST", "/v1/vector_stores/vs_1/archive", "archiveVectorStore"),
            ("PATCH", "/v1/files/file-1", "patchFile"),
        ):
            answer = http.request(method, path)
            assert answer.status_code == 501, answer.text
            assert answer.json()["error"] == {
                "message": f"not emulated: {operation_id}",
                "type": "not_implemented",
                "param": None,
                "code": "not_emulated",
            }
        # The modelled methods of the same path are untouched.
        assert http.get("/v1/files/file-1").status_code == 404


def test_a_moved_operation_is_served_at_its_new_path() -> None:
    """Routes come from the document: the handler follows its operationId to the new path."""
    spec = copy.deepcopy(document())
    spec["paths"]["/documents"] = {"get": spec["paths"]["/files"].pop("get")}
    with TestClient(create_app(spec=spec), raise_server_exceptions=False) as http:
        moved = http.get("/v1/documents", headers={"Authorization": "Bearer sk-test"})
        assert moved.status_code == 200, moved.text
        assert moved.json()["object"] == "list"
        assert http.get("/v1/files").status_code == 404  # no longer an operation of the document


def test_responses_are_served_from_the_document_once_it_lists_them() -> None:
    """Until openapi.yaml has /responses the emulator serves it at upstream's paths; an operation
    the document lists is served where the document says, and only there."""
    spec = copy.deepcopy(document())
    spec["paths"].pop("/responses", None)  # the document may list it already
    spec["paths"]["/responses-moved"] = {
        "post": {"operationId": "createResponse", "responses": {"200": {"description": "ok"}}}
    }
    with TestClient(create_app(spec=spec), raise_server_exceptions=False) as http:
        moved = http.post("/v1/responses-moved", json={"model": "m", "input": "hi"})
        assert moved.status_code == 200 and moved.json()["object"] == "response"
        assert http.post("/v1/responses", json={"model": "m", "input": "hi"}).status_code == 404
        # The operations the document does not list yet are still served at upstream's paths.
        counted = http.post("/v1/responses/input_tokens", json={"model": "m", "input": "Tell me a joke."})
        assert counted.json() == {"object": "response.input_tokens", "input_tokens": 12}
    with TestClient(create_app(), raise_server_exceptions=False) as http:
        assert http.post("/v1/responses", json={"model": "m", "input": "hi"}).status_code == 200
