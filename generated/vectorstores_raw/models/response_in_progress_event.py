# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseInProgressEvent`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.response_in_progress_event_type import ResponseInProgressEventType
from ..types import (
    lenient,
)

if TYPE_CHECKING:
    from ..models.response import Response

T = TypeVar("T", bound="ResponseInProgressEvent")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("response", "response"),
    ("sequence_number", "sequence_number"),
    ("type", "type"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"response", "sequence_number", "type"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.response import Response  # noqa: PLC0415

    return (Response.from_dict,)


@_attrs_define(init=False, repr=False)
class ResponseInProgressEvent(BaseModel):
    """Emitted when the response is in progress.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    response: Response
    """The response that is in progress."""
    sequence_number: int
    """The sequence number of this event."""
    type: ResponseInProgressEventType
    """The type of the event. Always `response.in_progress`."""

    _fields = _FIELDS
    _required = frozenset({"type", "response", "sequence_number"})

    def __init__(
        self,
        *,
        response: Response,
        sequence_number: int,
        type: ResponseInProgressEventType,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "response", "sequence_number"}
        self.response = response
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
        (parse_1,) = _parsers()
        obj.response = lenient(pop("response", None), parse_1)
        obj.sequence_number = pop("sequence_number", None)
        obj.type = pop("type", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return data.get("type") in ("response.in_progress",) and "response" in data and "sequence_number" in data
