"""The property that makes this a generated SDK: a new optional request property in openapi.yaml
becomes a keyword argument that is sent, a new response property becomes an attribute, and a
new operation becomes a method of both clients and of both views, with no edit anywhere but
the spec."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.generate import ROOT, Sources, generate

from . import wheel_layout

pytestmark = pytest.mark.pipeline  # the pipeline runs on .venv's Python: not a matrix test

CHECK = r"""
import inspect, json, httpx2
from vectorstores_raw import Client
from vectorstores_raw.api.vector_stores import create_vector_store

for fn in (create_vector_store.sync, create_vector_store.asyncio, create_vector_store.request_options):
    parameter = inspect.signature(fn).parameters["priority_tier"]
    assert parameter.kind is inspect.Parameter.KEYWORD_ONLY, parameter
    assert "int" in str(parameter.annotation), parameter.annotation

sent = []
def handler(request):
    sent.append(json.loads(request.content))
    return httpx2.Response(200, json={"id": "vs_1", "object": "vector_store", "created_at": 1, "name": "n",
        "usage_bytes": 0, "status": "completed", "last_active_at": None, "metadata": None,
        "file_counts": {"in_progress": 0, "completed": 0, "failed": 0, "cancelled": 0, "total": 0},
        "shard_region": "eu-west"})
client = Client(base_url="https://api.test/v1", token="t")
client.set_httpx_client(httpx2.Client(base_url="https://api.test/v1", transport=httpx2.MockTransport(handler)))
store = create_vector_store.sync(client, name="n", priority_tier=3)
assert sent == [{"name": "n", "priority_tier": 3}], sent
assert store.shard_region == "eu-west", store
assert "shard_region" not in store.additional_properties

# The public SDK picks both up with no edit in overlays/.
import vectorstores_raw
from vectorstores import AsyncOpenAI, OpenAI
import vectorstores
assert vectorstores_raw.__file__.startswith(PACKAGE), vectorstores_raw.__file__
assert vectorstores.__file__.startswith(PACKAGE), vectorstores.__file__
for sdk in (OpenAI(api_key="k"), AsyncOpenAI(api_key="k")):
    assert "priority_tier" in inspect.signature(sdk.vector_stores.create).parameters
mock = httpx2.Client(transport=httpx2.MockTransport(handler))
public = OpenAI(api_key="k", base_url="https://api.test/v1", http_client=mock)
assert public.vector_stores.create(name="n", priority_tier=1).shard_region == "eu-west"
assert sent[-1] == {"name": "n", "priority_tier": 1}

# A new operation: a method of both clients and of both views.
archived = []
def archive_handler(request):
    archived.append((request.method, request.url.path))
    return handler(httpx2.Request("POST", "https://api.test/v1/vector_stores", json={"name": "n"}))
archiving = httpx2.Client(transport=httpx2.MockTransport(archive_handler))
public = OpenAI(api_key="k", base_url="https://api.test/v1", http_client=archiving)
assert public.vector_stores.archive("vs_1").shard_region == "eu-west"
assert public.vector_stores.with_raw_response.archive("vs_1").parse().id == "vs_1"
with public.vector_stores.with_streaming_response.archive("vs_1") as response:
    assert response.parse().id == "vs_1"
assert archived == [("POST", "/v1/vector_stores/vs_1/archive")] * 3
# ... with openai-python's request types for its body, and its methods annotated with them.
import typing
from vectorstores.types import vector_store_archive_params as params
assert typing.get_type_hints(params.VectorStoreArchiveParams).keys() == {"hold", "reason"}
assert typing.get_type_hints(params.Hold).keys() == {"days", "until"}
hold = inspect.signature(public.vector_stores.archive).parameters["hold"]
assert hold.annotation == "vector_store_archive_params.Hold | Omit", hold.annotation
assert public.vector_stores.archive("vs_1", reason="old", hold={"days": 2}).id == "vs_1"
aio = AsyncOpenAI(api_key="k")
assert inspect.iscoroutinefunction(aio.vector_stores.archive)
assert callable(aio.vector_stores.with_raw_response.archive)
assert callable(aio.vector_stores.with_streaming_response.archive)
print("ok")
"""


def test_new_request_and_response_properties_flow_through(tmp_path: Path) -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    schemas["CreateVectorStoreRequest"]["properties"]["priority_tier"] = {"type": "integer"}
    schemas["VectorStoreObject"]["properties"]["shard_region"] = {"type": "string"}
    spec["paths"]["/vector_stores/{vector_store_id}/archive"] = {
        "post": {
            "operationId": "archiveVectorStore",
            "tags": ["Vector stores"],
            "parameters": [{"name": "vector_store_id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "requestBody": {
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "properties": {
                                "reason": {"type": "string"},
                                "hold": {
                                    "type": "object",
                                    "required": ["days"],
                                    "properties": {"days": {"type": "integer"}, "until": {"type": "string"}},
                                },
                            },
                        }
                    }
                }
            },
            "responses": {
                "200": {
                    "description": "OK",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/VectorStoreObject"}}},
                }
            },
        }
    }
    result = _run_on(spec, CHECK, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "ok"


def _run_on(spec: dict[str, object], check: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Generate from ``spec`` and run ``check`` against the SDK made from it."""
    changed = tmp_path / "openapi.yaml"
    changed.write_text(json.dumps(spec), encoding="utf-8")
    generate(tmp_path / "out" / "vectorstores_raw", Sources(spec=changed))
    wheel_layout.merge(tmp_path / "out", tmp_path / "pkg")
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "pkg")}
    check = f"PACKAGE = {str(tmp_path / 'pkg')!r}\n" + check
    return subprocess.run(
        [sys.executable, "-c", check], env=env, capture_output=True, text=True, check=False, cwd=tmp_path
    )


OLDER = r"""
import vectorstores
from vectorstores import AsyncOpenAI, OpenAI
assert vectorstores.__file__.startswith(PACKAGE), vectorstores.__file__
for sdk in (OpenAI(api_key="k"), AsyncOpenAI(api_key="k")):
    stores = sdk.vector_stores
    assert not hasattr(stores, "file_batches"), "a resource the document lacks is absent"
    assert not hasattr(stores.with_raw_response, "file_batches")
    assert not hasattr(stores, "search")
    assert callable(stores.files.upload_and_poll) and callable(sdk.files.wait_for_processing)
print("ok")
"""


def test_an_older_document_gives_exactly_its_operations(tmp_path: Path) -> None:
    """A document without file batches and search (as upstream was in 2024) builds an SDK that
    imports, without those methods and the helpers that need them."""
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    paths = spec["paths"]
    for path in [p for p in paths if "/file_batches" in p or p.endswith("/search")]:
        del paths[path]
    result = _run_on(spec, OLDER, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "ok"


def test_an_upstream_that_made_patches_unnecessary_still_generates_and_names_them(tmp_path: Path) -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    nullable = {"anyOf": [{"type": "string"}, {"type": "null"}]}
    schemas["VectorStoreObject"]["properties"]["name"] = nullable  # upstream fixed it
    schemas["UpdateVectorStoreRequest"]["properties"]["name"] = nullable  # upstream fixed it
    del schemas["OpenAIFile"]["properties"]["status_details"]  # upstream dropped it
    changed = tmp_path / "openapi.yaml"
    changed.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")

    notes: list[str] = []
    output = generate(tmp_path / "out" / "vectorstores_raw", Sources(spec=changed), notes=notes)
    assert (output / "models" / "vector_store.py").is_file()
    assert sorted(line.split(": ")[1].split(" (")[0] for line in notes) == [
        "replace /components/schemas/OpenAIFile/properties/status_details",
        "replace /components/schemas/UpdateVectorStoreRequest/properties/name",
        "replace /components/schemas/VectorStoreObject/properties/name",
    ]
    assert all(line.startswith("stale patch: ") for line in notes)


def test_a_type_alias_is_left_out_when_the_document_lacks_its_type(tmp_path: Path) -> None:
    from generator.surface import _aliases

    resource_map = tmp_path / "resources.yaml"
    resource_map.write_text("resources: []\ntype_aliases:\n  Kept: A | B\n  Gone: A | Missing\n  Text: str\n")
    assert _aliases(resource_map, {"A", "B"}) == [("Kept", "A | B", ["A", "B"]), ("Text", "str", [])]


def test_helper_types_name_their_module_names_and_resource(tmp_path: Path) -> None:
    from generator.surface import HelperTypes, _helper_types

    resource_map = tmp_path / "resources.yaml"
    resource_map.write_text(
        "resources: []\nhelper_types:\n  responses.parsed_response:\n    resource: responses\n"
        "    from: vectorstores.lib._parsing.parsed_response\n    names: [ParsedResponse]\n"
    )
    assert _helper_types(resource_map) == [
        (
            "responses",
            HelperTypes(
                "responses", "parsed_response", "vectorstores.lib._parsing.parsed_response", ["ParsedResponse"]
            ),
        )
    ]


NEW_KINDS = r"""
import json, httpx2
from vectorstores import OpenAI
from vectorstores.types.responses import Response, ResponseOutputItem, ResponseStreamEvent
import vectorstores.types.responses as types

item = {"type": "vector_index_call", "id": "vi_1", "status": "completed", "shard_count": 3}
answer = {"id": "resp_1", "object": "response", "created_at": 1, "status": "completed", "model": "m",
          "output": [item]}
event = {"type": "response.vector_index.progress", "sequence_number": 1, "output_index": 0, "percent": 0.5}
done = {"type": "response.completed", "sequence_number": 2, "response": answer}

def handler(request):
    if json.loads(request.content).get("stream"):
        body = "".join(f"event: {e['type']}\ndata: {json.dumps(e)}\n\n" for e in (event, done))
        return httpx2.Response(200, text=body, headers={"content-type": "text/event-stream"})
    return httpx2.Response(200, json=answer)

mock = httpx2.Client(transport=httpx2.MockTransport(handler))
client = OpenAI(api_key="k", base_url="https://api.test/v1", http_client=mock)
response = client.responses.create(model="m", input="hi")
assert type(response.output[0]).__name__ == "VectorIndexCall", type(response.output[0])
assert response.output[0].shard_count == 3 and response.output[0].to_dict() == item
assert types.VectorIndexCall is type(response.output[0])  # offered in types.responses by its own name
with client.responses.create(model="m", input="hi", stream=True) as stream:
    events = list(stream)
assert [type(e).__name__ for e in events] == ["ResponseVectorIndexProgressEvent", "ResponseCompletedEvent"], events
assert events[0].percent == 0.5 and events[0].to_dict() == event
assert type(events[1].response.output[0]).__name__ == "VectorIndexCall"
parsed = client.responses.parse(model="m", input="hi")  # parse() passes the new kind on as it is
assert type(parsed.output[0]).__name__ == "VectorIndexCall" and parsed.output[0].to_dict() == item
print("ok")
"""


def test_a_new_output_item_and_stream_event_parse_as_their_own_types(tmp_path: Path) -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    schemas["VectorIndexCall"] = {
        "type": "object",
        "required": ["type", "id", "status"],
        "properties": {
            "type": {"type": "string", "enum": ["vector_index_call"]},
            "id": {"type": "string"},
            "status": {"type": "string", "enum": ["in_progress", "completed"]},
            "shard_count": {"type": "integer"},
        },
    }
    schemas["ResponseVectorIndexProgressEvent"] = {
        "type": "object",
        "required": ["type", "sequence_number", "output_index", "percent"],
        "properties": {
            "type": {"type": "string", "enum": ["response.vector_index.progress"]},
            "sequence_number": {"type": "integer"},
            "output_index": {"type": "integer"},
            "percent": {"type": "number"},
        },
    }
    schemas["OutputItem"]["oneOf"].append({"$ref": "#/components/schemas/VectorIndexCall"})
    schemas["ResponseStreamEvent"]["anyOf"].append({"$ref": "#/components/schemas/ResponseVectorIndexProgressEvent"})
    result = _run_on(spec, NEW_KINDS, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "ok"


def test_an_alias_module_offers_further_names_for_the_types_the_document_has(tmp_path: Path) -> None:
    from generator.surface import _alias_extras, _aliases

    resource_map = tmp_path / "resources.yaml"
    resource_map.write_text(
        "resources: []\ntype_aliases:\n"
        "  shared.C:\n    type: C\n    also: {Either: A | C, Gone: A | Missing}\n"
        "  Plain: A\n"
    )
    assert _aliases(resource_map, {"A", "C"}) == [("shared.C", "C", ["C"]), ("Plain", "A", ["A"])]
    assert _alias_extras(resource_map, {"A", "C"}) == {"shared.C": [("Either", "A | C", ["A", "C"])]}


STREAM_SIGNATURE = r"""
import inspect
from vectorstores import AsyncOpenAI, OpenAI
from vectorstores._utils import assert_signatures_in_sync

for sdk in (OpenAI(api_key="k"), AsyncOpenAI(api_key="k")):
    parameters = inspect.signature(sdk.responses.stream).parameters
    assert "priority_hint" in parameters, "stream() takes create's new argument"
    assert {"response_id", "starting_after", "text_format"} <= set(parameters)
    assert "stream" not in parameters
    assert_signatures_in_sync(sdk.responses.create, sdk.responses.stream, exclude_params={"stream"})
    # parse() too, stream included (openai's parse takes it), and the views offer it
    assert "priority_hint" in inspect.signature(sdk.responses.parse).parameters, "parse() takes it too"
    assert_signatures_in_sync(sdk.responses.create, sdk.responses.parse)
    assert inspect.iscoroutinefunction(sdk.responses.parse) is isinstance(sdk, AsyncOpenAI)
    assert callable(sdk.responses.with_raw_response.parse) and callable(sdk.responses.with_streaming_response.parse)
print("ok")
"""


def test_a_new_create_argument_is_an_argument_of_responses_stream_and_parse(tmp_path: Path) -> None:
    # stream() and parse() are hand-written helpers typed from create's arguments: a new one reaches them.
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    create = spec["components"]["schemas"]["CreateResponse"]["allOf"]
    create.append({"type": "object", "properties": {"priority_hint": {"type": "string"}}})
    result = _run_on(spec, STREAM_SIGNATURE, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "ok"
