# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseFileSearchCallInProgressEvent`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.response_file_search_call_in_progress_event_type import (
    ResponseFileSearchCallInProgressEventType,
)

T = TypeVar("T", bound="ResponseFileSearchCallInProgressEvent")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("item_id", "item_id"),
    ("output_index", "output_index"),
    ("sequence_number", "sequence_number"),
    ("type", "type"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"item_id", "output_index", "sequence_number", "type"})


@_attrs_define(init=False, repr=False)
class ResponseFileSearchCallInProgressEvent(BaseModel):
    """Emitted when a file search call is initiated.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    item_id: str
    """The ID of the output item that the file search call is initiated."""
    output_index: int
    """The index of the output item that the file search call is initiated."""
    sequence_number: int
    """The sequence number of this event."""
    type: ResponseFileSearchCallInProgressEventType
    """The type of the event. Always `response.file_search_call.in_progress`."""

    _fields = _FIELDS
    _required = frozenset({"type", "output_index", "item_id", "sequence_number"})

    def __init__(
        self,
        *,
        item_id: str,
        output_index: int,
        sequence_number: int,
        type: ResponseFileSearchCallInProgressEventType,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "output_index", "item_id", "sequence_number"}
        self.item_id = item_id
        self.output_index = output_index
        self.sequence_number = sequence_number
        self.type = type
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
        obj.item_id = pop("item_id", None)
        obj.output_index = pop("output_index", None)
        obj.sequence_number = pop("sequence_number", None)
        obj.type = pop("type", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            data.get("type") in ("response.file_search_call.in_progress",)
            and "output_index" in data
            and "item_id" in data
            and "sequence_number" in data
        )
