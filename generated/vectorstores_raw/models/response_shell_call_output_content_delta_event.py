# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseShellCallOutputContentDeltaEvent`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.response_shell_call_output_content_delta_event_type import (
    ResponseShellCallOutputContentDeltaEventType,
)
from ..types import (
    lenient,
)

if TYPE_CHECKING:
    from ..models.shell_call_output_delta import ShellCallOutputDelta

T = TypeVar("T", bound="ResponseShellCallOutputContentDeltaEvent")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("command_index", "command_index"),
    ("delta", "delta"),
    ("item_id", "item_id"),
    ("output_index", "output_index"),
    ("sequence_number", "sequence_number"),
    ("type", "type"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"command_index", "delta", "item_id", "output_index", "sequence_number", "type"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.shell_call_output_delta import ShellCallOutputDelta  # noqa: PLC0415

    return (ShellCallOutputDelta.from_dict,)


@_attrs_define(init=False, repr=False)
class ResponseShellCallOutputContentDeltaEvent(BaseModel):
    """A streaming event that indicated shell call output was incrementally added.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    command_index: int
    """The index of the shell command that produced output."""
    delta: ShellCallOutputDelta
    """The stdout/stderr delta that was emitted."""
    item_id: str
    """The ID of the output item that was updated."""
    output_index: int
    """The index of the output item that was updated."""
    sequence_number: int
    """The sequence number of the event that was emitted."""
    type: ResponseShellCallOutputContentDeltaEventType
    """The type of the event, always `response.shell_call_output_content.delta`."""

    _fields = _FIELDS
    _required = frozenset({"type", "sequence_number", "item_id", "output_index", "command_index", "delta"})

    def __init__(
        self,
        *,
        command_index: int,
        delta: ShellCallOutputDelta,
        item_id: str,
        output_index: int,
        sequence_number: int,
        type: ResponseShellCallOutputContentDeltaEventType,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "sequence_number", "item_id", "output_index", "command_index", "delta"}
        self.command_index = command_index
        self.delta = delta
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
        (parse_1,) = _parsers()
        obj.command_index = pop("command_index", None)
        obj.delta = lenient(pop("delta", None), parse_1)
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
            data.get("type") in ("response.shell_call_output_content.delta",)
            and "sequence_number" in data
            and "item_id" in data
            and "output_index" in data
            and "command_index" in data
            and "delta" in data
        )
