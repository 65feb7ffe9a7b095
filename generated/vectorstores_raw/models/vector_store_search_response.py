# Generated from openapi.yaml by make generate; do not edit.
"""The ``VectorStoreSearchResponse`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..types import (
    as_float,
    lenient,
    list_parser,
)

if TYPE_CHECKING:
    from ..models.vector_store_search_result_content_object import VectorStoreSearchResultContentObject

T = TypeVar("T", bound="VectorStoreSearchResponse")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("attributes", "attributes"),
    ("content", "content"),
    ("file_id", "file_id"),
    ("filename", "filename"),
    ("score", "score"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"attributes", "content", "file_id", "filename", "score"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.vector_store_search_result_content_object import VectorStoreSearchResultContentObject  # noqa: PLC0415

    return (
        list_parser(VectorStoreSearchResultContentObject.from_dict),
        as_float,
    )


@_attrs_define(init=False, repr=False)
class VectorStoreSearchResponse(BaseModel):
    """The VectorStoreSearchResponse object.

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
    content: list[VectorStoreSearchResultContentObject]
    """Content chunks from the file."""
    file_id: str
    """The ID of the vector store file."""
    filename: str
    """The name of the vector store file."""
    score: float
    """The similarity score for the result."""

    _fields = _FIELDS
    _required = frozenset({"file_id", "filename", "score", "attributes", "content"})

    def __init__(
        self,
        *,
        attributes: dict[str, str | float | bool] | None,
        content: list[VectorStoreSearchResultContentObject],
        file_id: str,
        filename: str,
        score: float,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"file_id", "filename", "score", "attributes", "content"}
        self.attributes = attributes
        self.content = content
        self.file_id = file_id
        self.filename = filename
        self.score = score
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
        obj.attributes = pop("attributes", None)
        obj.content = lenient(pop("content", None), parse_1)
        obj.file_id = pop("file_id", None)
        obj.filename = pop("filename", None)
        obj.score = lenient(pop("score", None), parse_2)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            "file_id" in data and "filename" in data and "score" in data and "attributes" in data and "content" in data
        )
