# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseReasoningSummaryPartDoneEvent`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.response_reasoning_summary_part_done_event_status import (
    ResponseReasoningSummaryPartDoneEventStatus,
)
from ..models.response_reasoning_summary_part_done_event_type import (
    ResponseReasoningSummaryPartDoneEventType,
)
from ..types import (
    UNSET,
    Unset,
    lenient,
)

if TYPE_CHECKING:
    from ..models.response_reasoning_summary_part_done_event_part import ResponseReasoningSummaryPartDoneEventPart

T = TypeVar("T", bound="ResponseReasoningSummaryPartDoneEvent")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("item_id", "item_id"),
    ("output_index", "output_index"),
    ("part", "part"),
    ("sequence_number", "sequence_number"),
    ("summary_index", "summary_index"),
    ("type", "type"),
    ("status", "status"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset(
    {"item_id", "output_index", "part", "sequence_number", "summary_index", "type", "status"}
)


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.response_reasoning_summary_part_done_event_part import ResponseReasoningSummaryPartDoneEventPart  # noqa: PLC0415

    return (ResponseReasoningSummaryPartDoneEventPart.from_dict,)


@_attrs_define(init=False, repr=False)
class ResponseReasoningSummaryPartDoneEvent(BaseModel):
    """Emitted when a reasoning summary part is completed.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    item_id: str
    """The ID of the item this summary part is associated with."""
    output_index: int
    """The index of the output item this summary part is associated with."""
    part: ResponseReasoningSummaryPartDoneEventPart
    """The completed summary part."""
    sequence_number: int
    """The sequence number of this event."""
    summary_index: int
    """The index of the summary part within the reasoning summary."""
    type: ResponseReasoningSummaryPartDoneEventType
    """The type of the event. Always `response.reasoning_summary_part.done`."""
    status: ResponseReasoningSummaryPartDoneEventStatus | None
    """The completion status of the summary part. Omitted when the part completed normally and set to `incomplete` when
    generation was interrupted.
    """

    _fields = _FIELDS
    _required = frozenset({"type", "item_id", "output_index", "summary_index", "sequence_number", "part"})

    def __init__(
        self,
        *,
        item_id: str,
        output_index: int,
        part: ResponseReasoningSummaryPartDoneEventPart,
        sequence_number: int,
        summary_index: int,
        type: ResponseReasoningSummaryPartDoneEventType,
        status: ResponseReasoningSummaryPartDoneEventStatus | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "item_id", "output_index", "summary_index", "sequence_number", "part"}
        self.item_id = item_id
        self.output_index = output_index
        self.part = part
        self.sequence_number = sequence_number
        self.summary_index = summary_index
        self.type = type
        if isinstance(status, Unset):
            self.status = None
        else:
            self.status = status
            _given_keys.add("status")
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
        obj.item_id = pop("item_id", None)
        obj.output_index = pop("output_index", None)
        obj.part = lenient(pop("part", None), parse_1)
        obj.sequence_number = pop("sequence_number", None)
        obj.summary_index = pop("summary_index", None)
        obj.type = pop("type", None)
        obj.status = pop("status", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            data.get("type") in ("response.reasoning_summary_part.done",)
            and "item_id" in data
            and "output_index" in data
            and "summary_index" in data
            and "sequence_number" in data
            and "part" in data
        )
