# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseShellCallOutputContentDoneEvent`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.response_shell_call_output_content_done_event_type import (
    ResponseShellCallOutputContentDoneEventType,
)
from ..types import (
    lenient,
    list_parser,
)

if TYPE_CHECKING:
    from ..models.shell_call_output_content import ShellCallOutputContent

T = TypeVar("T", bound="ResponseShellCallOutputContentDoneEvent")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("command_index", "command_index"),
    ("item_id", "item_id"),
    ("output", "output"),
    ("output_index", "output_index"),
    ("sequence_number", "sequence_number"),
    ("type", "type"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"command_index", "item_id", "output", "output_index", "sequence_number", "type"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.shell_call_output_content import ShellCallOutputContent  # noqa: PLC0415

    return (list_parser(ShellCallOutputContent.from_dict),)


@_attrs_define(init=False, repr=False)
class ResponseShellCallOutputContentDoneEvent(BaseModel):
    """A streaming event that indicated shell call output was completed.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    command_index: int
    """The index of the shell command that produced output."""
    item_id: str
    """The ID of the output item that was updated."""
    output: list[ShellCallOutputContent]
    """The output contents emitted for the shell command."""
    output_index: int
    """The index of the output item that was updated."""
    sequence_number: int
    """The sequence number of the event that was emitted."""
    type: ResponseShellCallOutputContentDoneEventType
    """The type of the event, always `response.shell_call_output_content.done`."""

    _fields = _FIELDS
    _required = frozenset({"type", "sequence_number", "item_id", "output_index", "command_index", "output"})

    def __init__(
        self,
        *,
        command_index: int,
        item_id: str,
        output: list[ShellCallOutputContent],
        output_index: int,
        sequence_number: int,
        type: ResponseShellCallOutputContentDoneEventType,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "sequence_number", "item_id", "output_index", "command_index", "output"}
        self.command_index = command_index
        self.item_id = item_id
        self.output = output
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
        obj.item_id = pop("item_id", None)
        obj.output = lenient(pop("output", None), parse_1)
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
            data.get("type") in ("response.shell_call_output_content.done",)
            and "sequence_number" in data
            and "item_id" in data
            and "output_index" in data
            and "command_index" in data
            and "output" in data
        )
