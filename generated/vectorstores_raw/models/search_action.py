# Generated from openapi.yaml by make generate; do not edit.
"""The ``SearchAction`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.search_action_type import SearchActionType
from ..types import (
    UNSET,
    Unset,
    lenient,
    list_parser,
)

if TYPE_CHECKING:
    from ..models.search_action_web_search_source import SearchActionWebSearchSource

T = TypeVar("T", bound="SearchAction")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("type", "type"),
    ("queries", "queries"),
    ("query", "query"),
    ("sources", "sources"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"type", "queries", "query", "sources"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.search_action_web_search_source import SearchActionWebSearchSource  # noqa: PLC0415

    return (list_parser(SearchActionWebSearchSource.from_dict),)


@_attrs_define(init=False, repr=False)
class SearchAction(BaseModel):
    """Action type "search" - Performs a web search query.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    type: SearchActionType
    """The action type."""
    queries: list[str] | None
    """The search queries."""
    query: str | None
    """Deprecated. The search query."""
    sources: list[SearchActionWebSearchSource] | None
    """The sources used in the search."""

    _fields = _FIELDS
    _required = frozenset({"type"})

    def __init__(
        self,
        *,
        type: SearchActionType,
        queries: list[str] | None | Unset = UNSET,
        query: str | None | Unset = UNSET,
        sources: list[SearchActionWebSearchSource] | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type"}
        self.type = type
        if isinstance(queries, Unset):
            self.queries = None
        else:
            self.queries = queries
            _given_keys.add("queries")
        if isinstance(query, Unset):
            self.query = None
        else:
            self.query = query
            _given_keys.add("query")
        if isinstance(sources, Unset):
            self.sources = None
        else:
            self.sources = sources
            _given_keys.add("sources")
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
        obj.type = pop("type", None)
        obj.queries = pop("queries", None)
        obj.query = pop("query", None)
        obj.sources = lenient(pop("sources", None), parse_1)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return data.get("type") in ("search",)
