"""Every generated model parses what the real API sends, not only what its document promises."""

from __future__ import annotations

import inspect
from typing import Any

import pytest
import vectorstores_raw.models as models
from vectorstores_raw.models.comparison_filter import ComparisonFilter
from vectorstores_raw.models.compound_filter import CompoundFilter
from vectorstores_raw.models.other_chunking_strategy import OtherChunkingStrategy
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
