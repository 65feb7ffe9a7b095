# Generated from openapi.yaml by make generate; do not edit.
"""The ``URLCitation`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.url_citation_type import URLCitationType

T = TypeVar("T", bound="URLCitation")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("end_index", "end_index"),
    ("start_index", "start_index"),
    ("title", "title"),
    ("type", "type"),
    ("url", "url"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"end_index", "start_index", "title", "type", "url"})


@_attrs_define(init=False, repr=False)
class URLCitation(BaseModel):
    """A citation for a web resource used to generate a model response.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    end_index: int
    """The index of the last character of the URL citation in the message."""
    start_index: int
    """The index of the first character of the URL citation in the message."""
    title: str
    """The title of the web resource."""
    type: URLCitationType
    """The type of the URL citation. Always `url_citation`."""
    url: str
    """The URL of the web resource."""

    _fields = _FIELDS
    _required = frozenset({"type", "url", "start_index", "end_index", "title"})

    def __init__(
        self,
        *,
        end_index: int,
        start_index: int,
        title: str,
        type: URLCitationType,
        url: str,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "url", "start_index", "end_index", "title"}
        self.end_index = end_index
        self.start_index = start_index
        self.title = title
        self.type = type
        self.url = url
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
        obj.end_index = pop("end_index", None)
        obj.start_index = pop("start_index", None)
        obj.title = pop("title", None)
        obj.type = pop("type", None)
        obj.url = pop("url", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            data.get("type") in ("url_citation",)
            and "url" in data
            and "start_index" in data
            and "end_index" in data
            and "title" in data
        )
