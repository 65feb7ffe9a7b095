# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseFileSearchToolCallResultsType0Item`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..types import (
    UNSET,
    Unset,
    as_float,
    lenient,
)

if TYPE_CHECKING:
    pass

T = TypeVar("T", bound="ResponseFileSearchToolCallResultsType0Item")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("attributes", "attributes"),
    ("file_id", "file_id"),
    ("filename", "filename"),
    ("score", "score"),
    ("text", "text"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"attributes", "file_id", "filename", "score", "text"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""

    return (as_float,)


@_attrs_define(init=False, repr=False)
class ResponseFileSearchToolCallResultsType0Item(BaseModel):
    """The results of the file search tool call.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    attributes: dict[str, str | float | bool] | None
    """Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional
    information about the object in a structured format, and querying for objects via API or the dashboard. Keys are
    strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters,
    booleans, or numbers.
    """
    file_id: str | None
    """The unique ID of the file."""
    filename: str | None
    """The name of the file."""
    score: float | None
    """The relevance score of the file - a value between 0 and 1."""
    text: str | None
    """The text that was retrieved from the file."""

    _fields = _FIELDS
    _required = frozenset()

    def __init__(
        self,
        *,
        attributes: dict[str, str | float | bool] | None | Unset = UNSET,
        file_id: str | None | Unset = UNSET,
        filename: str | None | Unset = UNSET,
        score: float | None | Unset = UNSET,
        text: str | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys: set[str] = set()
        if isinstance(attributes, Unset):
            self.attributes = None
        else:
            self.attributes = attributes
            _given_keys.add("attributes")
        if isinstance(file_id, Unset):
            self.file_id = None
        else:
            self.file_id = file_id
            _given_keys.add("file_id")
        if isinstance(filename, Unset):
            self.filename = None
        else:
            self.filename = filename
            _given_keys.add("filename")
        if isinstance(score, Unset):
            self.score = None
        else:
            self.score = score
            _given_keys.add("score")
        if isinstance(text, Unset):
            self.text = None
        else:
            self.text = text
            _given_keys.add("text")
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
        obj.attributes = pop("attributes", None)
        obj.file_id = pop("file_id", None)
        obj.filename = pop("filename", None)
        obj.score = lenient(pop("score", None), parse_1)
        obj.text = pop("text", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return True
