"""api.md, the reference ``make generate`` writes: it follows the document (a new operation
is listed after regeneration), lists exactly the public methods of the resource classes with
their parameters, and every import and link it shows works."""

from __future__ import annotations

import inspect
import json
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import yaml
from vectorstores import OpenAI

from generator import apimd
from generator.generate import ROOT, Sources, generate
from generator.surface import Surface

API_MD = ROOT / "api.md"
ENTRY = re.compile(r"^- `client\.(?P<resource>[\w.]+)\.(?P<method>\w+)\((?P<params>[^)]*)\) -> (?P<returns>.+)`", re.M)
# What every operation takes besides its own parameters; api.md says so once, at the top.
EXTRAS = {"extra_headers", "extra_query", "extra_body", "timeout"}
RESOURCES = (
    "files",
    "vector_stores",
    "vector_stores.files",
    "vector_stores.file_batches",
    "responses",
    "responses.input_items",
    "responses.input_tokens",
)

# openai's methods left out on purpose: the websocket ``connect`` is not in the document.
NOT_OFFERED = {"responses": {"connect"}}


def _entries(text: str) -> dict[tuple[str, str], list[str]]:
    """(resource, method) -> parameter names as api.md writes them (``*`` and defaults dropped)."""
    found = {}
    for match in ENTRY.finditer(text):
        names = [p.split("=")[0].lstrip("*") for p in match["params"].split(", ") if p and p != "*"]
        found[(match["resource"], match["method"])] = names
    return found


def _resource(client: Any, attribute: str) -> Any:
    for part in attribute.split("."):
        client = getattr(client, part)
    return client


def _public_methods(resource: Any) -> set[str]:
    """Methods a caller sees on a resource: callables of its class not starting with ``_``
    (the views and child resources are cached properties, not callables of the class)."""
    cls = type(resource)
    return {name for name in dir(cls) if not name.startswith("_") and callable(getattr(cls, name))}


def test_api_md_lists_exactly_the_public_methods_with_their_parameters() -> None:
    listed = _entries(API_MD.read_text(encoding="utf-8"))
    client = OpenAI(api_key="k")
    for attribute in RESOURCES:
        resource = _resource(client, attribute)
        methods = _public_methods(resource)
        assert methods == {m for r, m in listed if r == attribute}, attribute
        for method in methods:
            names = [n for n in inspect.signature(getattr(resource, method)).parameters if n not in EXTRAS]
            assert [n for n in listed[(attribute, method)] if n not in EXTRAS] == names, (attribute, method)


def test_api_md_lists_every_method_of_openais_resources() -> None:
    openai = pytest.importorskip("openai")
    listed = _entries(API_MD.read_text(encoding="utf-8"))
    theirs = openai.OpenAI(api_key="k")
    for attribute in RESOURCES:
        missing = _public_methods(_resource(theirs, attribute)) - {m for r, m in listed if r == attribute}
        missing -= NOT_OFFERED.get(attribute, set())
        assert not missing, f"client.{attribute}: {sorted(missing)}"


def test_the_imports_api_md_shows_run() -> None:
    blocks = re.findall(r"```python\n(.*?)```", API_MD.read_text(encoding="utf-8"), re.S)
    assert len(blocks) == len(RESOURCES)
    for block in blocks:
        exec(compile(block, "api.md", "exec"), {})


def test_the_links_of_api_md_lead_to_files() -> None:
    links = re.findall(r"\]\(([^)]+)\)", API_MD.read_text(encoding="utf-8"))
    assert links
    assert [link for link in links if not (ROOT / link).is_file()] == []


ARCHIVE = {
    "post": {
        "operationId": "archiveVectorStore",
        "summary": "Archive a vector store.",
        "parameters": [
            {"name": "vector_store_id", "in": "path", "required": True, "schema": {"type": "string"}},
            {"name": "reason", "in": "query", "required": False, "schema": {"type": "string"}},
        ],
        "responses": {
            "200": {
                "description": "OK",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/VectorStoreObject"}}},
            }
        },
    }
}


@pytest.fixture(scope="module")
def surface(tmp_path_factory: pytest.TempPathFactory) -> Surface:
    """The surface of a copy of openapi.yaml with one more operation, caught as it is
    rendered into api.md (written beside the generated copy)."""
    tmp = tmp_path_factory.mktemp("apimd")
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    spec["paths"]["/vector_stores/{vector_store_id}/archive"] = ARCHIVE
    changed = tmp / "openapi.yaml"
    changed.write_text(json.dumps(spec), encoding="utf-8")
    caught: list[Surface] = []
    original = apimd.write

    def spy(found: Surface, templates: Path, folder: Path) -> Path:
        caught.append(found)
        return original(found, templates, folder)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(apimd, "write", spy)
        generate(tmp / "out" / "vectorstores_raw", Sources(spec=changed), reference=tmp / "api.md")
    assert caught, "generate did not render api.md"
    caught[0].reference = (tmp / "api.md").read_text(encoding="utf-8")  # type: ignore[attr-defined]
    return caught[0]


def test_a_new_operation_is_in_the_regenerated_api_md(surface: Surface) -> None:
    text: str = surface.reference  # type: ignore[attr-defined]
    assert "- `client.vector_stores.archive(vector_store_id, *, reason=...) -> VectorStore`" in text
    assert "`POST /vector_stores/{vector_store_id}/archive`" in text
    assert "archive" not in API_MD.read_text(encoding="utf-8"), "the committed api.md was left alone"


def test_request_modules_are_listed_with_their_resource_and_operation(surface: Surface) -> None:
    surface.params = [
        SimpleNamespace(folder="", module="vector_store_create_params", names=["VectorStoreCreateParams"]),
        SimpleNamespace(folder="vector_stores", module="file_batch_create_params", names=["FileBatchCreateParams"]),
    ]
    text = apimd.render(surface, ROOT / "templates")
    stores, _, rest = text.partition("### client.vector_stores.files")
    assert "    VectorStoreCreateParams,\n" in stores
    assert "[vector_store_create_params](generated/vectorstores/types/vector_store_create_params.py)" in stores
    batches = rest.partition("### client.vector_stores.file_batches")[2]
    assert "FileBatchCreateParams" in batches and "FileBatchCreateParams" not in rest.partition(batches)[0]
    assert "[file_batch_create_params](generated/vectorstores/types/vector_stores/file_batch_create_params.py)" in (
        batches
    )


def test_helpers_are_read_from_their_class(tmp_path: Path) -> None:
    source = tmp_path / "helpers.py"
    source.write_text(
        "class ThingsHelpers:\n"
        "    def wait(self, thing_id: str, /, limit: int = 3, *rest: int, quick: bool, **more: str) -> 'Thing': ...\n"
        "    def _hidden(self) -> None: ...\n"
        "class Other:\n"
        "    def not_this(self) -> None: ...\n",
        encoding="utf-8",
    )
    [entry] = apimd.helper_methods(source, "ThingsHelpers")
    assert (entry.name, entry.signature, entry.returns) == (
        "wait",
        "(thing_id, limit=..., *rest, quick, **more)",
        "Thing",
    )
    with pytest.raises(ValueError, match="no class Missing"):
        apimd.helper_methods(source, "Missing")
