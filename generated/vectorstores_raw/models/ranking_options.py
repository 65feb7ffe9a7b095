# Generated from openapi.yaml by make generate; do not edit.
"""The ``RankingOptions`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.ranker_version_type import RankerVersionType
from ..types import (
    UNSET,
    Unset,
    as_float,
    lenient,
)

if TYPE_CHECKING:
    from ..models.hybrid_search_options import HybridSearchOptions

T = TypeVar("T", bound="RankingOptions")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("hybrid_search", "hybrid_search"),
    ("ranker", "ranker"),
    ("score_threshold", "score_threshold"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"hybrid_search", "ranker", "score_threshold"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.hybrid_search_options import HybridSearchOptions  # noqa: PLC0415

    return (
        HybridSearchOptions.from_dict,
        as_float,
    )


@_attrs_define(init=False, repr=False)
class RankingOptions(BaseModel):
    """The RankingOptions object.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    hybrid_search: HybridSearchOptions | None
    """Weights that control how reciprocal rank fusion balances semantic embedding matches versus sparse keyword matches
    when hybrid search is enabled.
    """
    ranker: RankerVersionType | None
    """The ranker to use for the file search."""
    score_threshold: float | None
    """The score threshold for the file search, a number between 0 and 1. Numbers closer to 1 will attempt to return
    only the most relevant results, but may return fewer results.
    """

    _fields = _FIELDS
    _required = frozenset()

    def __init__(
        self,
        *,
        hybrid_search: HybridSearchOptions | None | Unset = UNSET,
        ranker: RankerVersionType | None | Unset = UNSET,
        score_threshold: float | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys: set[str] = set()
        if isinstance(hybrid_search, Unset):
            self.hybrid_search = None
        else:
            self.hybrid_search = hybrid_search
            _given_keys.add("hybrid_search")
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
        (
            parse_1,
            parse_2,
        ) = _parsers()
        obj.hybrid_search = lenient(pop("hybrid_search", None), parse_1)
        obj.ranker = pop("ranker", None)
        obj.score_threshold = lenient(pop("score_threshold", None), parse_2)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return True
