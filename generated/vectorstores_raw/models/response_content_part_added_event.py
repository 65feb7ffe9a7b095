# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseContentPartAddedEvent`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.response_content_part_added_event_type import (
    ResponseContentPartAddedEventType,
)
from ..types import (
    discriminated_parser,
    lenient,
)

if TYPE_CHECKING:
    from ..models.reasoning_text import ReasoningText
    from ..models.response_output_refusal import ResponseOutputRefusal
    from ..models.response_output_text import ResponseOutputText

T = TypeVar("T", bound="ResponseContentPartAddedEvent")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("content_index", "content_index"),
    ("item_id", "item_id"),
    ("output_index", "output_index"),
    ("part", "part"),
    ("sequence_number", "sequence_number"),
    ("type", "type"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"content_index", "item_id", "output_index", "part", "sequence_number", "type"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.reasoning_text import ReasoningText  # noqa: PLC0415
    from ..models.response_output_refusal import ResponseOutputRefusal  # noqa: PLC0415
    from ..models.response_output_text import ResponseOutputText  # noqa: PLC0415

    return (
        discriminated_parser(
            "type",
            {"output_text": ResponseOutputText, "refusal": ResponseOutputRefusal, "reasoning_text": ReasoningText},
        ),
    )


@_attrs_define(init=False, repr=False)
class ResponseContentPartAddedEvent(BaseModel):
    """Emitted when a new content part is added.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    content_index: int
    """The index of the content part that was added."""
    item_id: str
    """The ID of the output item that the content part was added to."""
    output_index: int
    """The index of the output item that the content part was added to."""
    part: ResponseOutputText | ResponseOutputRefusal | ReasoningText
    """The content part that was added."""
    sequence_number: int
    """The sequence number of this event."""
    type: ResponseContentPartAddedEventType
    """The type of the event. Always `response.content_part.added`."""

    _fields = _FIELDS
    _required = frozenset({"type", "item_id", "output_index", "content_index", "part", "sequence_number"})

    def __init__(
        self,
        *,
        content_index: int,
        item_id: str,
        output_index: int,
        part: ResponseOutputText | ResponseOutputRefusal | ReasoningText,
        sequence_number: int,
        type: ResponseContentPartAddedEventType,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "item_id", "output_index", "content_index", "part", "sequence_number"}
        self.content_index = content_index
        self.item_id = item_id
        self.output_index = output_index
        self.part = part
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
        obj.content_index = pop("content_index", None)
        obj.item_id = pop("item_id", None)
        obj.output_index = pop("output_index", None)
        obj.part = lenient(pop("part", None), parse_1)
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
            data.get("type") in ("response.content_part.added",)
            and "item_id" in data
            and "output_index" in data
            and "content_index" in data
            and "part" in data
            and "sequence_number" in data
        )
