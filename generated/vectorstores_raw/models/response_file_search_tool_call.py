# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseFileSearchToolCall`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.response_file_search_tool_call_status import (
    ResponseFileSearchToolCallStatus,
)
from ..models.response_file_search_tool_call_type import (
    ResponseFileSearchToolCallType,
)
from ..types import (
    UNSET,
    Unset,
    lenient,
    list_parser,
    union_parser,
)

if TYPE_CHECKING:
    from ..models.response_file_search_tool_call_results_type_0_item import ResponseFileSearchToolCallResultsType0Item

T = TypeVar("T", bound="ResponseFileSearchToolCall")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "id"),
    ("queries", "queries"),
    ("status", "status"),
    ("type", "type"),
    ("results", "results"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"id", "queries", "status", "type", "results"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.response_file_search_tool_call_results_type_0_item import ResponseFileSearchToolCallResultsType0Item  # noqa: PLC0415

    return (union_parser(list_parser(ResponseFileSearchToolCallResultsType0Item.from_dict)),)


@_attrs_define(init=False, repr=False)
class ResponseFileSearchToolCall(BaseModel):
    """The results of a file search tool call. See the [file search guide](/docs/guides/tools-file-search) for more
    information.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    id: str
    """The unique ID of the file search tool call."""
    queries: list[str]
    """The queries used to search for files."""
    status: ResponseFileSearchToolCallStatus
    """The status of the file search tool call. One of `in_progress`, `searching`, `incomplete` or `failed`,"""
    type: ResponseFileSearchToolCallType
    """The type of the file search tool call. Always `file_search_call`."""
    results: list[ResponseFileSearchToolCallResultsType0Item] | None
    """The results of the file search tool call."""

    _fields = _FIELDS
    _required = frozenset({"id", "type", "status", "queries"})

    def __init__(
        self,
        *,
        id: str,
        queries: list[str],
        status: ResponseFileSearchToolCallStatus,
        type: ResponseFileSearchToolCallType,
        results: list[ResponseFileSearchToolCallResultsType0Item] | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"id", "type", "status", "queries"}
        self.id = id
        self.queries = queries
        self.status = status
        self.type = type
        if isinstance(results, Unset):
            self.results = None
        else:
            self.results = results
            _given_keys.add("results")
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
        obj.id = pop("id", None)
        obj.queries = pop("queries", None)
        obj.status = pop("status", None)
        obj.type = pop("type", None)
        obj.results = lenient(pop("results", None), parse_1)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            "id" in data
            and data.get("type") in ("file_search_call",)
            and data.get("status")
            in (
                "completed",
                "failed",
                "in_progress",
                "incomplete",
                "searching",
            )
            and "queries" in data
        )
