"""The model API of the generated models (vectorstores_raw/base_model.py): what users of the
official SDK's pydantic objects reach for, on our attrs models with lenient parsing."""

from __future__ import annotations

import copy
import datetime
import inspect
import json
import os
import pickle
import re
import subprocess
import sys
import textwrap
import types
import typing
from pathlib import Path
from typing import Any, Literal, assert_type

import httpx2
import pytest
import vectorstores_raw.models as models
from vectorstores_raw import Client
from vectorstores_raw.api.vector_stores import create_vector_store_file_batch
from vectorstores_raw.base_model import BaseModel, FieldInfo
from vectorstores_raw.models import (
    CreateVectorStoreFileRequest,
    FileCounts,
    FileObject,
    ListVectorStoreFilesResponse,
    StaticChunkingStrategy,
    StaticChunkingStrategyResponseParam,
    VectorStore,
    VectorStoreDeleted,
    VectorStoreFile,
    VectorStoreFileBatch,
    VectorStoreSearchResultsPage,
)
from vectorstores_raw.types import NestingError

from generator.generate import Sources, generate

from . import wheel_layout

MODEL_CLASSES = sorted(
    (cls for name in models.__all__ if inspect.isclass(cls := getattr(models, name)) and issubclass(cls, BaseModel)),
    key=lambda cls: cls.__name__,
)

COUNTS = {"in_progress": 0, "completed": 2, "failed": 0, "cancelled": 0, "total": 2}
# A store as the API sends it, left out: the optional expires_after and expires_at; plus a key
# the document does not list.
STORE: dict[str, Any] = {
    "id": "vs_1",
    "object": "vector_store",
    "created_at": 1,
    "name": "docs",
    "description": None,
    "usage_bytes": 10,
    "file_counts": COUNTS,
    "status": "completed",
    "last_active_at": None,
    "metadata": {"team": "search"},
    "shard_region": "eu-west",
}
STORE_FILE: dict[str, Any] = {
    "id": "file-1",
    "object": "vector_store.file",
    "usage_bytes": 5,
    "created_at": 2,
    "vector_store_id": "vs_1",
    "status": "failed",
    "last_error": {"code": "server_error", "message": "boom"},
    "chunking_strategy": {"type": "static", "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400}},
    "attributes": {"year": 2025.0, "team": "search", "draft": False},
}


def _store() -> VectorStore:
    return VectorStore.from_dict(STORE)


# --- Absent fields, fields set ----------------------------------------------------------------


def test_absent_optional_fields_read_none_and_are_not_set() -> None:
    store = _store()
    assert store.expires_after is None and store.expires_at is None
    assert store.description is None  # sent as null
    assert store.model_fields_set == {key for key in STORE if key != "shard_region"}
    assert "expires_after" not in store.model_fields_set
    assert "description" in store.model_fields_set


def test_required_fields_the_server_left_out_read_none_and_are_not_set() -> None:
    store = VectorStore.from_dict({"id": "vs_1"})
    assert store.name is None and store.file_counts is None and store.status is None
    assert store.model_fields_set == {"id"}
    assert store.to_dict() == {"id": "vs_1"}


def test_constructor_keeps_optional_fields_it_was_not_given_out_of_to_dict() -> None:
    counts = FileCounts(in_progress=0, completed=0, failed=0, cancelled=0, total=0)
    store = VectorStore(
        id="vs_1",
        object="vector_store",
        created_at=1,
        name=None,
        usage_bytes=0,
        file_counts=counts,
        status="completed",
        last_active_at=None,
        metadata=None,
        description=None,  # given: sent as null
    )
    assert store.expires_after is None and store.expires_at is None
    assert store.model_fields_set == {
        *("id", "object", "created_at", "name", "usage_bytes", "file_counts", "status", "last_active_at"),
        *("metadata", "description"),
    }
    wire = store.to_dict()
    assert "expires_after" not in wire and "expires_at" not in wire
    assert wire["description"] is None and wire["file_counts"]["total"] == 0
    # A value assigned later counts as set.
    store.expires_at = 99
    assert "expires_at" in store.model_fields_set and store.to_dict()["expires_at"] == 99


def test_constructor_arguments_are_keyword_only() -> None:
    parameters = inspect.signature(FileCounts).parameters
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters.values())
    with pytest.raises(TypeError):
        FileCounts(0, 0, 0, 0, 0)  # type: ignore[call-arg]


def test_request_bodies_built_from_models_send_no_null_for_fields_not_given() -> None:
    sent: list[Any] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        sent.append(json.loads(request.content))
        return httpx2.Response(200, json={"id": "vsfb_1", "object": "vector_store.file_batch"})

    client = Client(base_url="https://api.test/v1", token="sk-test")
    client.set_httpx_client(httpx2.Client(base_url="https://api.test/v1", transport=httpx2.MockTransport(handler)))
    create_vector_store_file_batch.sync(
        client, "vs_1", files=[CreateVectorStoreFileRequest(file_id="file-1"), {"file_id": "file-2"}]
    )
    assert sent == [{"files": [{"file_id": "file-1"}, {"file_id": "file-2"}]}]


# --- Lenient parsing stays as it was ---------------------------------------------------------


def test_lenient_parsing_is_unchanged() -> None:
    store = VectorStore.from_dict({**STORE, "created_at": "yesterday", "status": "a_new_status", "file_counts": [1]})
    assert store.created_at == "yesterday"  # type: ignore[comparison-overlap]
    assert str(store.status) == "a_new_status"  # an enum value the document does not list
    assert store.file_counts == [1]  # type: ignore[comparison-overlap]
    assert store.shard_region == "eu-west"  # type: ignore[attr-defined]
    for odd in ([], "", [("id", "x")], 3):
        with pytest.raises(TypeError, match="JSON object"):
            VectorStore.model_validate(odd)


# --- to_dict / to_json ------------------------------------------------------------------------


def test_to_dict_without_arguments_gives_what_it_always_gave() -> None:
    store = _store()
    assert store.to_dict() == STORE
    # Unknown keys first, then the documented ones that were set, in declaration order.
    assert list(store.to_dict()) == ["shard_region", *(key for key, _ in store._fields if key in STORE)]
    page = ListVectorStoreFilesResponse.from_dict({"object": "list", "data": [STORE_FILE], "has_more": False})
    assert page.to_dict() == {"object": "list", "data": [STORE_FILE], "has_more": False}


def test_to_dict_options() -> None:
    store = _store()
    everything = store.to_dict(exclude_unset=False)
    assert everything["expires_after"] is None and everything["expires_at"] is None
    assert "description" not in store.to_dict(exclude_none=True)
    assert "last_active_at" in store.to_dict(exclude_defaults=True)  # required: no default
    assert "description" not in store.to_dict(exclude_defaults=True)  # optional: None is its default
    assert store.to_dict(use_api_names=False) == store.to_dict()  # attribute names are the API's here
    assert store.to_dict(mode="json") == STORE


def test_to_json() -> None:
    store = _store()
    text = store.to_json()
    assert json.loads(text) == STORE
    assert text.startswith('{\n  "shard_region": "eu-west",\n  "id": "vs_1"')
    assert json.loads(store.to_json(indent=None, exclude_none=True)) == {
        k: v for k, v in STORE.items() if v is not None
    }
    assert store.to_json(indent=None).startswith('{"shard_region":"eu-west","id":"vs_1"')  # compact, as pydantic


# --- model_dump / model_dump_json -------------------------------------------------------------


def test_model_dump_gives_every_field_by_attribute_name_then_unknown_keys() -> None:
    dumped = _store().model_dump()
    assert list(dumped) == [attribute for attribute, _ in VectorStore._fields] + ["shard_region"]
    assert dumped["expires_after"] is None
    assert dumped["file_counts"] == COUNTS  # nested model as a dict


def test_model_dump_recurses_into_lists_and_dicts() -> None:
    page = ListVectorStoreFilesResponse.from_dict({"object": "list", "data": [STORE_FILE], "has_more": False})
    item = page.model_dump()["data"][0]
    assert item["chunking_strategy"] == STORE_FILE["chunking_strategy"]
    assert item["last_error"] == STORE_FILE["last_error"]
    store = _store()
    store["nested"] = {"counts": [FileCounts.from_dict(COUNTS)]}
    assert store.model_dump()["nested"] == {"counts": [COUNTS]}


def test_model_dump_filters() -> None:
    store = _store()
    assert store.model_dump(include={"id", "shard_region"}) == {"id": "vs_1", "shard_region": "eu-west"}
    assert store.model_dump(include={"file_counts": {"total"}}) == {"file_counts": {"total": 2}}
    assert "file_counts" not in store.model_dump(exclude={"file_counts"})
    assert "total" not in store.model_dump(exclude={"file_counts": {"total"}})["file_counts"]
    assert set(store.model_dump(exclude_unset=True)) == set(STORE)
    assert "description" not in store.model_dump(exclude_none=True)
    assert "expires_at" not in store.model_dump(exclude_defaults=True)
    page = ListVectorStoreFilesResponse.from_dict(
        {"object": "list", "data": [STORE_FILE, STORE_FILE], "has_more": False}
    )
    ids = page.model_dump(include={"data": {"__all__": {"id"}}})
    assert ids == {"data": [{"id": "file-1"}, {"id": "file-1"}]}
    assert page.model_dump(include={"data": {1: {"id"}}}) == {"data": [{"id": "file-1"}]}


def test_model_dump_by_alias_round_trips_through_model_validate() -> None:
    for cls, payload in ((VectorStore, STORE), (VectorStoreFile, STORE_FILE)):
        obj = cls.from_dict(payload)
        assert cls.model_validate(obj.model_dump(by_alias=True)) == obj
        assert cls.model_validate(json.loads(obj.model_dump_json(by_alias=True))) == obj


def test_json_mode_turns_datetimes_into_iso_strings() -> None:
    when = datetime.datetime(2024, 5, 1, 12, 30, tzinfo=datetime.timezone.utc)
    store = VectorStore.model_construct(id="vs_1", created_at=when)
    store["seen"] = [when.date()]
    assert store.model_dump()["created_at"] is when  # python mode keeps the object
    assert store.model_dump(mode="json", exclude_unset=True) == {
        "id": "vs_1",
        "created_at": "2024-05-01T12:30:00+00:00",
        "seen": ["2024-05-01"],
    }
    assert json.loads(store.to_json())["created_at"] == "2024-05-01T12:30:00+00:00"


def test_json_mode_warns_about_what_is_not_json() -> None:
    store = _store()
    store["odd"] = object()
    with pytest.warns(UserWarning, match="not a JSON type"):
        store.model_dump(mode="json")
    assert store.model_dump(mode="json", warnings=False)["odd"].startswith("<object object")
    with pytest.raises(TypeError, match="not a JSON type"):
        store.model_dump(mode="json", warnings="error")
    assert store.model_dump()["odd"] is store["odd"]  # python mode takes anything


def test_model_dump_json() -> None:
    store = _store()
    text = store.model_dump_json()
    assert text.startswith('{"id":"vs_1","created_at":1,') and "\n" not in text
    assert json.loads(text) == store.model_dump(mode="json")
    assert store.model_dump_json(indent=2).startswith('{\n  "id": "vs_1"')
    assert json.loads(store.model_dump_json(exclude_none=True, include={"id", "description"})) == {"id": "vs_1"}


def test_dumping_a_cycle_raises_an_sdk_error() -> None:
    store = _store()
    store["self"] = store
    with pytest.raises(NestingError):
        store.model_dump()
    assert "self=..." in repr(store)  # repr marks the cycle instead of recursing


# --- model_validate / model_construct ---------------------------------------------------------


def test_model_validate_is_from_dict() -> None:
    assert VectorStore.model_validate(STORE) == VectorStore.from_dict(STORE)


def test_model_construct_takes_values_as_they_are() -> None:
    store = VectorStore.model_construct(id="vs_1", file_counts=COUNTS, brand_new=1)
    assert store.file_counts == COUNTS  # type: ignore[comparison-overlap]  # not parsed
    assert store.model_fields_set == {"id", "file_counts"}
    assert store.brand_new == 1 and store.additional_properties == {"brand_new": 1}  # type: ignore[attr-defined]
    assert store.name is None and store._request_id is None
    assert VectorStore.construct(id="vs_1").model_fields_set == {"id"}
    forced = VectorStore.model_construct({"id", "name"}, id="vs_1")
    assert forced.model_fields_set == {"id", "name"} and forced.to_dict() == {"id": "vs_1", "name": None}


# --- Unknown keys, repr, equality --------------------------------------------------------------


def test_unknown_keys_read_as_attributes_and_as_items() -> None:
    store = _store()
    assert store.shard_region == "eu-west"  # type: ignore[attr-defined]
    assert getattr(store, "shard_region") == "eu-west"  # noqa: B009
    assert store["shard_region"] == "eu-west" and "shard_region" in store
    assert store.additional_keys == ["shard_region"]
    store["shard_region"] = "us-east"
    assert store.shard_region == "us-east"  # type: ignore[attr-defined]
    del store["shard_region"]
    with pytest.raises(AttributeError, match="'VectorStore' object has no attribute 'shard_region'"):
        store.shard_region  # type: ignore[attr-defined]  # noqa: B018
    assert getattr(store, "nothing_here", "default") == "default"


def test_unknown_keys_never_shadow_the_models_own_attributes() -> None:
    store = VectorStore.from_dict({**STORE, "to_dict": 1, "__class__": 2, "additional_properties": 3})
    assert callable(store.to_dict) and store.__class__ is VectorStore
    assert store["additional_properties"] == 3 and isinstance(store.additional_properties, dict)
    dunder = VectorStore.from_dict({"__deepcopy__": 1})
    assert copy.deepcopy(dunder) == dunder


def test_half_built_objects_raise_attribute_error_not_recursion() -> None:
    empty = VectorStore.__new__(VectorStore)
    with pytest.raises(AttributeError):
        empty.id  # noqa: B018
    with pytest.raises(AttributeError):
        empty.anything  # type: ignore[attr-defined]  # noqa: B018


def test_copy_and_pickle_keep_everything() -> None:
    store = _store()
    store._request_id = "req_1"
    twins: list[VectorStore] = [copy.copy(store), copy.deepcopy(store), pickle.loads(pickle.dumps(store))]
    for twin in twins:
        assert twin == store
        assert twin.shard_region == "eu-west"  # type: ignore[attr-defined]
        assert twin.model_fields_set == store.model_fields_set
        assert twin.to_dict() == STORE
        assert twin._request_id == "req_1"


def test_model_copy_updates_a_copy_and_leaves_the_original() -> None:
    store = _store()
    renamed = store.model_copy(update={"name": "manuals", "colour": "red"})
    assert (renamed.name, renamed.model_extra["colour"], store.name) == ("manuals", "red", "docs")
    assert "colour" not in store.model_extra and "name" in renamed.model_fields_set
    deep = store.model_copy(deep=True)
    assert deep == store and deep.file_counts is not store.file_counts


def test_model_extra_is_what_the_document_does_not_list() -> None:
    assert _store().model_extra == {"shard_region": "eu-west"}


def test_model_json_schema_is_the_documents_with_its_references_under_defs() -> None:
    schema = VectorStore.model_json_schema()
    assert set(schema["required"]) >= {"id", "object", "file_counts"}
    assert schema["properties"]["file_counts"]["$ref"] == "#/$defs/FileCounts"
    assert set(schema["$defs"]["FileCounts"]["properties"]) == set(COUNTS)
    assert "#/components/" not in json.dumps(schema)


def test_repr_is_pydantic_like() -> None:
    """Fields in openai-python's order: id, the required ones, the optional ones, each A to Z."""
    counts = FileCounts.from_dict(COUNTS)
    assert repr(counts) == "FileCounts(cancelled=0, completed=2, failed=0, in_progress=0, total=2)"
    assert str(counts) == repr(counts)
    text = repr(_store())
    assert text.startswith(
        "VectorStore(id='vs_1', created_at=1, "
        "file_counts=FileCounts(cancelled=0, completed=2, failed=0, in_progress=0, total=2), "
    )
    assert text.endswith("description=None, expires_after=None, expires_at=None, shard_region='eu-west')")
    assert "additional_properties" not in repr(VectorStore.from_dict({}))
    odd = VectorStore.from_dict({"not-an-identifier": 1})
    assert repr(odd).endswith(", 'not-an-identifier'=1)")


def test_equality_compares_fields_and_unknown_keys_only() -> None:
    parsed = VectorStore.from_dict({"id": "vs_1"})
    built = VectorStore.model_construct(id="vs_1", name=None)  # name given: bookkeeping differs
    assert parsed == built and parsed.model_fields_set != built.model_fields_set
    built._request_id = "req_1"
    assert parsed == built
    assert parsed != VectorStore.from_dict({"id": "vs_1", "extra": 1})
    assert parsed != VectorStore.from_dict({"id": "vs_2"})
    other: BaseModel = VectorStoreDeleted.from_dict({"id": "x"})
    assert FileObject.from_dict({"id": "x"}) != other


def test_request_id_is_not_a_field() -> None:
    store = _store()
    assert store._request_id is None
    store._request_id = "req_123"
    assert "req_123" not in repr(store)
    assert "_request_id" not in store.model_dump() and "_request_id" not in store.to_dict()
    assert "_request_id" not in VectorStore.model_fields
    assert store == _store()


# --- model_fields -----------------------------------------------------------------------------


def test_model_fields_holds_evaluated_annotations() -> None:
    fields = VectorStore.model_fields
    assert fields["id"].annotation is str
    assert fields["object"].annotation == Literal["vector_store"]
    assert fields["file_counts"].annotation is FileCounts
    assert fields["metadata"].annotation == (dict[str, str] | None)
    assert fields["description"].annotation == (str | None)
    assert ListVectorStoreFilesResponse.model_fields["data"].annotation == list[VectorStoreFile]
    assert fields["id"].alias == "id" and fields["id"].is_required() and not fields["expires_at"].is_required()
    assert list(fields) == [attribute for attribute, _ in VectorStore._fields]
    assert VectorStore.model_fields is fields and _store().model_fields is fields  # computed once
    assert repr(fields["id"]) == "FieldInfo(annotation=str, alias='id', required=True)"


_LEAVES = (str, int, float, bool, bytes, type(None), datetime.datetime, datetime.date)


def _leaves_resolve(annotation: Any, where: str) -> None:
    """Every part of ``annotation`` is a real type our models use: no strings, no Unset."""
    origin = typing.get_origin(annotation)
    if origin is Literal:
        assert all(isinstance(value, str) for value in typing.get_args(annotation)), where
    elif origin in (list, dict, typing.Union, types.UnionType):
        for argument in typing.get_args(annotation):
            _leaves_resolve(argument, where)
    else:
        assert annotation is Any or annotation in _LEAVES or issubclass(annotation, BaseModel), (
            f"{where}: {annotation!r}"
        )


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda cls: cls.__name__)
def test_every_field_of_every_model_has_an_evaluated_annotation(cls: type[BaseModel]) -> None:
    fields = cls.model_fields
    assert list(fields) == [attribute for attribute, _ in cls._fields]
    for name, info in fields.items():
        assert isinstance(info, FieldInfo)
        _leaves_resolve(info.annotation, f"{cls.__name__}.{name}")


def test_there_are_models_to_check() -> None:
    assert len(MODEL_CLASSES) > 30


def _matches(annotation: Any, value: Any, path: str) -> None:
    """``value`` has the type ``annotation`` says, the way the official SDK's test helper
    (assert_matches_type) checks its pydantic models: through model_fields, recursively."""
    origin = typing.get_origin(annotation)
    if annotation is Any:
        return
    if annotation is type(None):
        assert value is None, path
    elif origin in (typing.Union, types.UnionType):
        for variant in typing.get_args(annotation):
            try:
                _matches(variant, value, path)
            except AssertionError:
                continue
            return
        raise AssertionError(f"{path}: {value!r} fits no variant of {annotation}")
    elif origin is Literal:
        assert value in typing.get_args(annotation), f"{path}: {value!r} not in {annotation}"
    elif origin is list:
        assert isinstance(value, list), path
        for index, item in enumerate(value):
            _matches(typing.get_args(annotation)[0], item, f"{path}[{index}]")
    elif origin is dict:
        assert isinstance(value, dict), path
        key_type, value_type = typing.get_args(annotation)
        for key, item in value.items():
            _matches(key_type, key, f"{path}<key>")
            _matches(value_type, item, f"{path}[{key!r}]")
    elif annotation in (str, float, bool):
        assert isinstance(value, annotation), f"{path}: {value!r} is not {annotation.__name__}"
    elif annotation is int:
        assert isinstance(value, int) and not isinstance(value, bool), f"{path}: {value!r} is not int"
    elif issubclass(annotation, BaseModel):
        assert isinstance(value, annotation), f"{path}: {value!r} is not {annotation.__name__}"
        for name, info in annotation.model_fields.items():
            _matches(info.annotation, getattr(value, name), f"{path}.{name}")
    else:
        raise AssertionError(f"{path}: no check for {annotation!r}")


DOCUMENTED: list[tuple[type[BaseModel], dict[str, Any]]] = [
    (VectorStore, {**STORE, "expires_after": {"anchor": "last_active_at", "days": 7}, "expires_at": 604801}),
    (VectorStoreFile, STORE_FILE),
    (VectorStoreFile, {**STORE_FILE, "last_error": None, "chunking_strategy": {"type": "other"}}),
    (
        VectorStoreFileBatch,
        {
            "id": "vsfb_1",
            "object": "vector_store.file_batch",
            "created_at": 3,
            "vector_store_id": "vs_1",
            "status": "in_progress",
            "file_counts": COUNTS,
        },
    ),
    (
        FileObject,
        {
            "id": "file-1",
            "object": "file",
            "bytes": 10,
            "created_at": 4,
            "filename": "a.md",
            "purpose": "assistants",
            "status": "processed",
            "expires_at": None,
            "status_details": None,
        },
    ),
    (
        ListVectorStoreFilesResponse,
        {"object": "list", "data": [STORE_FILE], "first_id": "file-1", "last_id": "file-1", "has_more": False},
    ),
    (
        VectorStoreSearchResultsPage,
        {
            "object": "vector_store.search_results.page",
            "search_query": ["refunds"],
            "data": [
                {
                    "file_id": "file-1",
                    "filename": "a.md",
                    "score": 0.5,
                    "attributes": {"team": "search"},
                    "content": [{"type": "text", "text": "Refunds take 5 days."}],
                }
            ],
            "has_more": False,
            "next_page": None,
        },
    ),
    (VectorStoreDeleted, {"id": "vs_1", "object": "vector_store.deleted", "deleted": True}),
]


@pytest.mark.parametrize(("cls", "payload"), DOCUMENTED, ids=lambda value: getattr(value, "__name__", ""))
def test_documented_responses_match_their_model_fields(cls: type[BaseModel], payload: dict[str, Any]) -> None:
    _matches(cls, cls.from_dict(payload), cls.__name__)


def test_a_value_of_the_wrong_type_fails_the_check() -> None:
    with pytest.raises(AssertionError, match="created_at"):
        _matches(VectorStore, VectorStore.from_dict({**STORE, "created_at": "yesterday"}), "VectorStore")


# --- What type checkers see -------------------------------------------------------------------


def _typed_usage(store: VectorStore, chunking: StaticChunkingStrategyResponseParam) -> None:
    """Never called: mypy checks these lines (make typecheck covers tests/)."""
    assert_type(store.id, str)
    assert_type(store.description, str | None)
    assert_type(store.file_counts, FileCounts)
    assert_type(store.model_fields_set, set[str])
    assert_type(store.model_dump(mode="json"), dict[str, Any])
    assert_type(store.model_dump_json(indent=2), str)
    assert_type(store.to_dict(), dict[str, Any])
    assert_type(store.to_json(), str)
    assert_type(VectorStore.model_validate({}), VectorStore)
    assert_type(VectorStore.model_construct(id="x"), VectorStore)
    assert_type(VectorStore.construct(id="x"), VectorStore)
    assert_type(VectorStore.model_fields["id"], FieldInfo)
    assert_type(store._request_id, str | None)
    assert_type(chunking.static, StaticChunkingStrategy)


MISSPELT = """
from vectorstores_raw.models import VectorStore

def f(store: VectorStore) -> None:
    reveal_type(store.expires_at)
    store.nmae
"""


def test_type_checkers_see_clean_types_and_report_misspelt_attributes(tmp_path: Path) -> None:
    """Unknown keys are attributes at run time only: mypy still reports a misspelt name."""
    (tmp_path / "snippet.py").write_text(MISSPELT, encoding="utf-8")
    # The package as a wheel has it, whatever the install mode: the hand-written core and the
    # generated modules merged into one folder.
    wheel_layout.merge(Path(models.__file__).parents[2], tmp_path / "pkg", ("vectorstores_raw",))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / ".cache"), "snippet.py"],
        cwd=tmp_path,
        env={**os.environ, "MYPYPATH": str(tmp_path / "pkg")},
        capture_output=True,
        text=True,
        check=False,
    )
    assert re.search(r'Revealed type is "(builtins\.)?int \| None"', result.stdout), result.stdout
    assert '"VectorStore" has no attribute "nmae"' in result.stdout, result.stdout


# --- A date-time field, from a fixture spec ---------------------------------------------------

DATE_TIME_CHECK = """
import datetime, json
from vectorstores_raw.models import Thing

thing = Thing.from_dict({"id": "t1", "updated_at": "2024-05-01T12:30:00Z"})
when = datetime.datetime(2024, 5, 1, 12, 30, tzinfo=datetime.timezone.utc)
assert thing.updated_at == when, thing
assert thing.size is None and thing.model_fields_set == {"id", "updated_at"}
assert Thing.model_fields["updated_at"].annotation == (datetime.datetime | None)
assert thing.to_dict() == {"id": "t1", "updated_at": when}
assert thing.to_dict(mode="json") == {"id": "t1", "updated_at": "2024-05-01T12:30:00+00:00"}
assert json.loads(thing.model_dump_json())["updated_at"] == "2024-05-01T12:30:00+00:00"
assert Thing.model_validate(thing.model_dump(mode="json", by_alias=True)) == thing
# A model in a request body goes out in JSON mode.
from vectorstores_raw.types import to_json
assert to_json({"things": [thing]}) == {"things": [{"id": "t1", "updated_at": "2024-05-01T12:30:00+00:00"}]}
print("ok")
"""


def test_date_time_fields_parse_dump_and_declare_their_type(tmp_path: Path) -> None:
    fixtures = Path(__file__).parent / "fixtures"
    generate(
        tmp_path / "vectorstores_raw",
        Sources(spec=fixtures / "cursor_list.yaml", patches=None, config=fixtures / "config.yaml", resources=None),
    )
    wheel_layout.merge(tmp_path, tmp_path, ("vectorstores_raw",))
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(DATE_TIME_CHECK)],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stdout.strip() == "ok", result.stdout + result.stderr
