"""Every generated model parses what the real API sends, not only what its document promises."""

from __future__ import annotations

import inspect
from typing import Any

import pytest
import vectorstores_raw.models as models
from vectorstores_raw.models.comparison_filter import ComparisonFilter
from vectorstores_raw.models.compound_filter import CompoundFilter
from vectorstores_raw.models.other_chunking_strategy import OtherChunkingStrategy
from vectorstores_raw.models.response import Response
from vectorstores_raw.models.static_chunking_strategy_response_param import StaticChunkingStrategyResponseParam
from vectorstores_raw.models.vector_store import VectorStore
from vectorstores_raw.models.vector_store_file import VectorStoreFile

MODEL_CLASSES = sorted(
    (cls for name in models.__all__ if inspect.isclass(cls := getattr(models, name)) and hasattr(cls, "from_dict")),
    key=lambda cls: cls.__name__,
)
ODD_VALUES: list[Any] = [None, "an-unknown-enum-value", 12345, 1.5, True, [], {"x": {"y": [1]}}, ["a", {"b": 2}]]


def _fields(cls: type) -> list[tuple[str, str]]:
    return list(vars(inspect.getmodule(cls))["_FIELDS"])


def test_there_are_models_to_check() -> None:
    assert len(MODEL_CLASSES) > 30


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda cls: cls.__name__)
def test_missing_required_fields_and_extra_keys(cls: Any) -> None:
    obj = cls.from_dict({"brand_new_field": {"nested": True}})
    assert obj["brand_new_field"] == {"nested": True}
    assert all(getattr(obj, attribute) is None for attribute, _ in _fields(cls))
    assert obj.model_fields_set == set()
    assert obj.to_dict() == {"brand_new_field": {"nested": True}}


@pytest.mark.parametrize("value", ODD_VALUES, ids=repr)
@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda cls: cls.__name__)
def test_unexpected_nulls_types_and_enum_values_are_kept(cls: Any, value: Any) -> None:
    payload = {key: value for _, key in _fields(cls)} | {"extra": "kept"}
    obj = cls.from_dict(payload)
    assert obj["extra"] == "kept"
    for attribute, _ in _fields(cls):
        parsed = getattr(obj, attribute)
        # Either kept as sent, or turned into a model / list when it had that shape.
        assert parsed == value or hasattr(parsed, "to_dict") or isinstance(parsed, list)
    assert cls.from_dict(obj.to_dict()).to_dict() == obj.to_dict()


def test_vector_store_reads_real_api_shape() -> None:
    store = VectorStore.from_dict(
        {
            "id": "vs_abc",
            "object": "vector_store",
            "name": None,
            "description": None,
            "created_at": 1,
            "usage_bytes": 0,
            "status": "a_new_status",
            "last_active_at": None,
            "metadata": {"k": "v"},
            "expires_after": None,
            "expires_at": None,
            "file_counts": {"in_progress": 1, "completed": 2, "failed": 0, "cancelled": 0, "total": 3},
        }
    )
    assert str(store.status) == "a_new_status"  # an enum value the document does not list
    assert store.file_counts.total == 3
    assert store.metadata == {"k": "v"}
    assert store.name is None and store.description is None


def test_unions_pick_the_member_by_its_enum_values() -> None:
    static = VectorStoreFile.from_dict(
        {"chunking_strategy": {"type": "static", "static": {"max_chunk_size_tokens": 0, "chunk_overlap_tokens": 0}}}
    )
    other = VectorStoreFile.from_dict({"chunking_strategy": {"type": "other"}})
    assert isinstance(static.chunking_strategy, StaticChunkingStrategyResponseParam)
    assert static.chunking_strategy.static.max_chunk_size_tokens == 0
    assert isinstance(other.chunking_strategy, OtherChunkingStrategy)

    nested = CompoundFilter.from_dict(
        {
            "type": "or",
            "filters": [
                {"type": "eq", "key": "a", "value": 1},
                {"type": "and", "filters": [{"type": "in", "key": "b", "value": ["x"]}]},
            ],
        }
    )
    assert isinstance(nested.filters[0], ComparisonFilter)
    assert isinstance(nested.filters[1], CompoundFilter)
    assert isinstance(nested.filters[1].filters[0], ComparisonFilter)


def test_a_whole_number_in_a_number_field_is_a_float() -> None:
    # JSON has one kind of number: 1741476777 in a ``number`` field is the float the document says.
    response = Response.from_dict({"created_at": 1741476777, "temperature": 1, "max_output_tokens": 5})
    assert type(response.created_at) is float and response.created_at == 1741476777.0
    assert type(response.temperature) is float  # a nullable number: a union with null
    assert type(response.max_output_tokens) is int  # an ``integer`` field stays an int
    assert Response.from_dict({"temperature": None}).temperature is None


@pytest.mark.parametrize("sent", [True, "1", 10**400, 0.5], ids=repr)
def test_a_number_field_keeps_what_is_not_a_whole_number_as_sent(sent: object) -> None:
    # A bool is not a number here, and an int too large for a float does not fit: kept as sent.
    assert Response.from_dict({"created_at": sent}).created_at is sent


def test_numbers_inside_unions_and_lists_are_floats_too() -> None:
    assert type(ComparisonFilter.from_dict({"type": "eq", "key": "a", "value": 3}).value) is float
    listed = ComparisonFilter.from_dict({"type": "in", "key": "a", "value": [1, "x"]}).value
    assert isinstance(listed, list) and type(listed[0]) is float and listed == [1.0, "x"]
    assert ComparisonFilter.from_dict({"type": "eq", "key": "a", "value": False}).value is False
