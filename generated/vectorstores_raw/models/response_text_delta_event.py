# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseTextDeltaEvent`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.response_text_delta_event_type import ResponseTextDeltaEventType
from ..types import UNSET, Unset, lenient, list_parser

if TYPE_CHECKING:
    from ..models.response_log_prob import ResponseLogProb

T = TypeVar("T", bound="ResponseTextDeltaEvent")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("content_index", "content_index"),
    ("delta", "delta"),
    ("item_id", "item_id"),
    ("logprobs", "logprobs"),
    ("output_index", "output_index"),
    ("sequence_number", "sequence_number"),
    ("type", "type"),
    ("obfuscation", "obfuscation"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset(
    {"content_index", "delta", "item_id", "logprobs", "output_index", "sequence_number", "type", "obfuscation"}
)


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.response_log_prob import ResponseLogProb  # noqa: PLC0415

    return (list_parser(ResponseLogProb.from_dict),)


@_attrs_define(init=False, repr=False)
class ResponseTextDeltaEvent(BaseModel):
    """Emitted when there is an additional text delta.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    content_index: int
    """The index of the content part that the text delta was added to."""
    delta: str
    """The text delta that was added."""
    item_id: str
    """The ID of the output item that the text delta was added to."""
    logprobs: list[ResponseLogProb]
    """The log probabilities of the tokens in the delta."""
    output_index: int
    """The index of the output item that the text delta was added to."""
    sequence_number: int
    """The sequence number for this event."""
    type: ResponseTextDeltaEventType
    """The type of the event. Always `response.output_text.delta`."""
    obfuscation: str | None
    """Random characters that pad the event, so that its length does not tell the delta's."""

    _fields = _FIELDS
    _required = frozenset({"type", "item_id", "output_index", "content_index", "delta", "sequence_number", "logprobs"})

    def __init__(
        self,
        *,
        content_index: int,
        delta: str,
        item_id: str,
        logprobs: list[ResponseLogProb],
        output_index: int,
        sequence_number: int,
        type: ResponseTextDeltaEventType,
        obfuscation: str | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "item_id", "output_index", "content_index", "delta", "sequence_number", "logprobs"}
        self.content_index = content_index
        self.delta = delta
        self.item_id = item_id
        self.logprobs = logprobs
        self.output_index = output_index
        self.sequence_number = sequence_number
        self.type = type
        if isinstance(obfuscation, Unset):
            self.obfuscation = None
        else:
            self.obfuscation = obfuscation
            _given_keys.add("obfuscation")
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
        obj.delta = pop("delta", None)
        obj.item_id = pop("item_id", None)
        obj.logprobs = lenient(pop("logprobs", None), parse_1)
        obj.output_index = pop("output_index", None)
        obj.sequence_number = pop("sequence_number", None)
        obj.type = pop("type", None)
        obj.obfuscation = pop("obfuscation", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            data.get("type") in ("response.output_text.delta",)
            and "item_id" in data
            and "output_index" in data
            and "content_index" in data
            and "delta" in data
            and "sequence_number" in data
            and "logprobs" in data
        )
