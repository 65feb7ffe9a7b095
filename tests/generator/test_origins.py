"""The generated ``model_schemas.SCHEMA_OF`` points each model class at the schema it was made
from, including inline schemas under paths and components whose bodies are identical."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import vectorstores_raw.models as models
from vectorstores_raw.model_schemas import SCHEMA_OF

from generator.origins import escape

GOLDEN = Path(__file__).parent / "golden"


def _at(document: Any, pointer: str) -> Any:
    for escaped in pointer.removeprefix("#/").split("/"):
        part = escaped.replace("~1", "/").replace("~0", "~")
        document = document[int(part)] if isinstance(document, list) else document[part]
    return document


def test_escape_follows_rfc_6901() -> None:
    assert escape("application/json") == "application~1json"
    assert escape("a~/b") == "a~0~1b"


def test_every_model_class_has_a_schema() -> None:
    classes = {name for name in models.__all__ if hasattr(getattr(models, name), "from_dict")}
    assert set(SCHEMA_OF) == classes


def test_identical_components_keep_their_own_pointers() -> None:
    # The two chunking-strategy components have the same body; each class names its own.
    assert SCHEMA_OF["StaticChunkingStrategyRequestParam"].endswith("/StaticChunkingStrategyRequestParam")
    assert SCHEMA_OF["StaticChunkingStrategyResponseParam"].endswith("/StaticChunkingStrategyResponseParam")


def test_an_inline_body_under_a_path_is_found() -> None:
    spec = importlib.util.spec_from_file_location("golden_schemas", GOLDEN / "nested_union" / "model_schemas.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    document = json.loads((GOLDEN / "nested_union" / "openapi.json").read_text(encoding="utf-8"))
    pointer = module.SCHEMA_OF["UpdateItemBody"]
    assert "~1boxes~1" in pointer and "application~1json" in pointer
    body = document["paths"]["/boxes/{box_id}/items/{item_id}"]["post"]["requestBody"]
    assert _at(document, pointer) is body["content"]["application/json"]["schema"]


def test_identical_inline_schemas_are_told_apart_by_the_name_their_place_gives() -> None:
    # Three free-form objects with the same body in one component: each class names its own.
    assert SCHEMA_OF["FunctionToolOutputSchemaType0"].endswith("/FunctionTool/properties/output_schema/anyOf/0")
    assert SCHEMA_OF["FunctionToolParametersType0"].endswith("/FunctionTool/properties/parameters/anyOf/0")
    assert SCHEMA_OF["MCPListToolsToolInputSchema"].endswith("/MCPListToolsTool/properties/input_schema")


def test_every_pointer_reads_in_the_shipped_document_and_gives_the_json_schema() -> None:
    # A class made from a property of an object normalising flattens from an allOf
    # (Response.incomplete_details) points under the part that defines the property.
    shipped = json.loads((Path(models.__file__).parent.parent / "openapi.json").read_text(encoding="utf-8"))
    for name, pointer in SCHEMA_OF.items():
        assert isinstance(_at(shipped, pointer), dict), name
        assert isinstance(getattr(models, name).model_json_schema(), dict), name
    assert "/Response/allOf/" in SCHEMA_OF["ResponseIncompleteDetailsType0"]
