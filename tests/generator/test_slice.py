"""The slice of the upstream document: complete, with its descriptions, without examples, reproducible."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from generator.generate import ROOT
from generator.slice import PROSE_KEYS, count_operations, dump, load, slice_document

UPSTREAM = Path(os.environ.get("VECTORSTORES_UPSTREAM") or ROOT.parent / "shared" / "upstream" / "openai-openapi.yaml")
needs_upstream = pytest.mark.skipif(
    not UPSTREAM.is_file(),
    reason=f"upstream document not found at {UPSTREAM}: set VECTORSTORES_UPSTREAM to openai-openapi.yaml",
)


@pytest.fixture(scope="module")
def sliced() -> dict[str, Any]:
    return slice_document(load(UPSTREAM))


@needs_upstream
def test_make_spec_reproduces_openapi_yaml_byte_for_byte(sliced: dict[str, Any]) -> None:
    assert dump(sliced) == (ROOT / "openapi.yaml").read_text(encoding="utf-8")


@needs_upstream
def test_slice_keeps_the_operations_of_vector_stores_files_and_responses(sliced: dict[str, Any]) -> None:
    # 21 of stores and files; 7 of /responses (create, retrieve, delete, cancel, compact, input
    # items, input tokens), the ?beta=true twins left out.
    assert count_operations(sliced) == 28
    assert all(path.startswith(("/vector_stores", "/files", "/responses")) for path in sliced["paths"])
    assert not [path for path in sliced["paths"] if "?" in path]


def _walk(node: Any, names_level: bool = False) -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            found.append((key, value) if not names_level else ("<name>", value))
            found.extend(_walk(value, names_level=not names_level and key in ("properties", "schemas")))
    elif isinstance(node, list):
        for item in node:
            found.extend(_walk(item))
    return found


@needs_upstream
def test_slice_has_no_examples_or_metadata_and_every_ref_resolves(sliced: dict[str, Any]) -> None:
    pairs = _walk(sliced)
    dropped = [key for key, value in pairs if key in PROSE_KEYS and value not in ("", None)]
    assert dropped == []
    for key, value in pairs:
        if key == "$ref":
            _, _, kind, name = value.split("/")
            assert name in sliced["components"][kind], value


@needs_upstream
def test_property_named_description_survives(sliced: dict[str, Any]) -> None:
    properties = sliced["components"]["schemas"]["CreateVectorStoreRequest"]["properties"]
    assert "description" in properties


def test_slice_of_a_tiny_document_is_deterministic_and_transitive(tmp_path: Path) -> None:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1", "description": "prose"},
        "paths": {
            "/files": {
                "get": {
                    "description": "prose",
                    "responses": {
                        "200": {
                            "description": "x",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}},
                        }
                    },
                }
            },
            "/other": {"get": {"responses": {"200": {"description": "y"}}}},
        },
        "components": {
            "schemas": {
                "A": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/B"}}},
                "B": {"type": "string", "example": "e"},
                "Unused": {"type": "string"},
            }
        },
    }
    first = dump(slice_document(document))
    assert first == dump(slice_document(document))
    sliced = slice_document(document)
    assert list(sliced["paths"]) == ["/files"]
    assert sorted(sliced["components"]["schemas"]) == ["A", "B"]
    assert "example" not in first
    # The operation's prose stays (it becomes the method's docstring); the document's own does not.
    assert sliced["paths"]["/files"]["get"]["description"] == "prose"
    assert "description" not in sliced["info"]


def test_slice_keeps_the_prose_of_operations_parameters_schemas_and_properties() -> None:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/files/{id}": {
                "get": {
                    "summary": "Get one.",
                    "description": "Returns one file.",
                    "deprecated": True,
                    "x-oaiMeta": {"name": "meta"},
                    "externalDocs": {"url": "https://example.com"},
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "description": "The id.", "deprecated": True,
                         "schema": {"type": "string"}, "example": "file-1"}
                    ],
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}},
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "A": {
                    "type": "object",
                    "description": "An A.",
                    "examples": [{"b": "x"}],
                    "properties": {"b": {"type": "string", "description": "The b.", "deprecated": True}},
                }
            }
        },
    }  # fmt: skip
    sliced = slice_document(document)
    operation = sliced["paths"]["/files/{id}"]["get"]
    assert (operation["summary"], operation["description"], operation["deprecated"]) == (
        "Get one.",
        "Returns one file.",
        True,
    )
    assert "x-oaiMeta" not in operation and "externalDocs" not in operation
    assert operation["parameters"][0] == {
        "name": "id", "in": "path", "required": True, "description": "The id.", "deprecated": True,
        "schema": {"type": "string"},
    }  # fmt: skip
    schema = sliced["components"]["schemas"]["A"]
    assert schema["description"] == "An A." and "examples" not in schema
    assert schema["properties"]["b"] == {"type": "string", "description": "The b.", "deprecated": True}


def test_a_description_written_as_a_ref_becomes_the_text_it_points_to() -> None:
    """Upstream's document of 2025-03-11 points a description at another schema's: the generator's
    parser wants a string there, so the slice has the text, or no description when none is found."""
    document = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/files": {
                "post": {
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}},
                        }
                    }
                }
            }
        },
        "components": {
            "schemas": {
                "Kind": {"type": "string", "enum": ["x"], "description": "What to include."},
                "A": {
                    "type": "object",
                    "properties": {
                        "include": {"type": "array", "items": {"$ref": "#/components/schemas/Kind"},
                                    "description": {"$ref": "#/components/schemas/Kind/description"}},
                        "other": {"type": "string", "description": {"$ref": "#/components/schemas/Kind/enum"}},
                        "description": {"$ref": "#/components/schemas/Kind"},
                    },
                },
            }
        },
    }  # fmt: skip
    properties = slice_document(document)["components"]["schemas"]["A"]["properties"]
    assert properties["include"]["description"] == "What to include."
    assert "description" not in properties["other"]
    assert properties["description"] == {"$ref": "#/components/schemas/Kind"}  # a property called description
