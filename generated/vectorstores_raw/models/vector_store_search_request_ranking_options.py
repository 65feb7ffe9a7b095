# Generated from openapi.yaml by make generate; do not edit.
"""The ``VectorStoreSearchRequestRankingOptions`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.vector_store_search_request_ranking_options_ranker import (
    VectorStoreSearchRequestRankingOptionsRanker,
)
from ..types import (
    UNSET,
    Unset,
    as_float,
    lenient,
)

T = TypeVar("T", bound="VectorStoreSearchRequestRankingOptions")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("ranker", "ranker"),
    ("score_threshold", "score_threshold"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"ranker", "score_threshold"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""

    return (as_float,)


@_attrs_define(init=False, repr=False)
class VectorStoreSearchRequestRankingOptions(BaseModel):
    """Ranking options for search.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    ranker: VectorStoreSearchRequestRankingOptionsRanker | None
    """Enable re-ranking; set to `none` to disable, which can help reduce latency."""
    score_threshold: float | None

    _fields = _FIELDS
    _required = frozenset()

    def __init__(
        self,
        *,
        ranker: VectorStoreSearchRequestRankingOptionsRanker | None | Unset = UNSET,
        score_threshold: float | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys: set[str] = set()
        if isinstance(ranker, Unset):
            self.ranker = None
        else:
            self.ranker = ranker
            _given_keys.add("ranker")
        if isinstance(score_threshold, Unset):
            self.score_threshold = None
        else:
            self.score_threshold = score_threshold
            _given_keys.add("score_threshold")
        self.additional_properties = {}
        self._given = _given_keys
        self._request_id = None

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object without raising on missing, null or unexpected values."""
        if not isinstance(src_dict, Mapping):  # dict("") is {} and a list of pairs a dict: neither fits
            raise TypeError(f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        # Straight-line assignments, not __init__: parsing is the hot path.
        obj = cls.__new__(cls)
        obj._given = _KEYS.intersection(d)
        pop = d.pop
        (parse_1,) = _parsers()
        obj.ranker = pop("ranker", None)
        obj.score_threshold = lenient(pop("score_threshold", None), parse_1)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return True
