# Generated from openapi.yaml by make generate; do not edit.
"""The ``FileSearchTool`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.file_search_tool_type import FileSearchToolType
from ..types import (
    UNSET,
    Unset,
    discriminated_parser,
    lenient,
)

if TYPE_CHECKING:
    from ..models.comparison_filter import ComparisonFilter
    from ..models.compound_filter import CompoundFilter
    from ..models.ranking_options import RankingOptions

T = TypeVar("T", bound="FileSearchTool")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("type", "type"),
    ("vector_store_ids", "vector_store_ids"),
    ("filters", "filters"),
    ("max_num_results", "max_num_results"),
    ("ranking_options", "ranking_options"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"type", "vector_store_ids", "filters", "max_num_results", "ranking_options"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.comparison_filter import ComparisonFilter  # noqa: PLC0415
    from ..models.compound_filter import CompoundFilter  # noqa: PLC0415
    from ..models.ranking_options import RankingOptions  # noqa: PLC0415

    return (
        discriminated_parser(
            "type",
            {
                "eq": ComparisonFilter,
                "gt": ComparisonFilter,
                "gte": ComparisonFilter,
                "in": ComparisonFilter,
                "lt": ComparisonFilter,
                "lte": ComparisonFilter,
                "ne": ComparisonFilter,
                "nin": ComparisonFilter,
                "and": CompoundFilter,
                "or": CompoundFilter,
            },
        ),
        RankingOptions.from_dict,
    )


@_attrs_define(init=False, repr=False)
class FileSearchTool(BaseModel):
    """A tool that searches for relevant content from uploaded files. Learn more about the [file search
    tool](https://platform.openai.com/docs/guides/tools-file-search).

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    type: FileSearchToolType
    """The type of the file search tool. Always `file_search`."""
    vector_store_ids: list[str]
    """The IDs of the vector stores to search."""
    filters: ComparisonFilter | CompoundFilter | None
    """A filter to apply."""
    max_num_results: int | None
    """The maximum number of results to return. This number should be between 1 and 50 inclusive."""
    ranking_options: RankingOptions | None
    """Ranking options for search."""

    _fields = _FIELDS
    _required = frozenset({"type", "vector_store_ids"})

    def __init__(
        self,
        *,
        type: FileSearchToolType,
        vector_store_ids: list[str],
        filters: ComparisonFilter | CompoundFilter | None | Unset = UNSET,
        max_num_results: int | None | Unset = UNSET,
        ranking_options: RankingOptions | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "vector_store_ids"}
        self.type = type
        self.vector_store_ids = vector_store_ids
        if isinstance(filters, Unset):
            self.filters = None
        else:
            self.filters = filters
            _given_keys.add("filters")
        if isinstance(max_num_results, Unset):
            self.max_num_results = None
        else:
            self.max_num_results = max_num_results
            _given_keys.add("max_num_results")
        if isinstance(ranking_options, Unset):
            self.ranking_options = None
        else:
            self.ranking_options = ranking_options
            _given_keys.add("ranking_options")
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
        obj.type = pop("type", None)
        obj.vector_store_ids = pop("vector_store_ids", None)
        obj.filters = lenient(pop("filters", None), parse_1)
        obj.max_num_results = pop("max_num_results", None)
        obj.ranking_options = lenient(pop("ranking_options", None), parse_2)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return data.get("type") in ("file_search",) and "vector_store_ids" in data
