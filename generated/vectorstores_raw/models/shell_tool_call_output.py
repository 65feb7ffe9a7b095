# Generated from openapi.yaml by make generate; do not edit.
"""The ``ShellToolCallOutput`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.shell_call_status import ShellCallStatus
from ..models.shell_tool_call_output_type import ShellToolCallOutputType
from ..types import UNSET, Unset, discriminated_parser, lenient, list_parser

if TYPE_CHECKING:
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam
    from ..models.shell_output_content import ShellOutputContent

T = TypeVar("T", bound="ShellToolCallOutput")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("call_id", "call_id"),
    ("output", "output"),
    ("type", "type"),
    ("id", "id"),
    ("caller", "caller"),
    ("max_output_length", "max_output_length"),
    ("status", "status"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"call_id", "output", "type", "id", "caller", "max_output_length", "status"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam  # noqa: PLC0415
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam  # noqa: PLC0415
    from ..models.shell_output_content import ShellOutputContent  # noqa: PLC0415

    return (
        list_parser(ShellOutputContent.from_dict),
        discriminated_parser("type", {"direct": DirectToolCallCallerParam, "program": ProgramToolCallCallerParam}),
    )


@_attrs_define(init=False, repr=False)
class ShellToolCallOutput(BaseModel):
    """The ShellToolCallOutput object.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    call_id: str
    output: list[ShellOutputContent]
    type: ShellToolCallOutputType
    id: str | None
    caller: DirectToolCallCallerParam | ProgramToolCallCallerParam | None
    max_output_length: int | None
    status: ShellCallStatus | None

    _fields = _FIELDS
    _required = frozenset({"call_id", "type", "output"})

    def __init__(
        self,
        *,
        call_id: str,
        output: list[ShellOutputContent],
        type: ShellToolCallOutputType,
        id: str | None | Unset = UNSET,
        caller: DirectToolCallCallerParam | ProgramToolCallCallerParam | None | Unset = UNSET,
        max_output_length: int | None | Unset = UNSET,
        status: ShellCallStatus | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"call_id", "type", "output"}
        self.call_id = call_id
        self.output = output
        self.type = type
        if isinstance(id, Unset):
            self.id = None
        else:
            self.id = id
            _given_keys.add("id")
        if isinstance(caller, Unset):
            self.caller = None
        else:
            self.caller = caller
            _given_keys.add("caller")
        if isinstance(max_output_length, Unset):
            self.max_output_length = None
        else:
            self.max_output_length = max_output_length
            _given_keys.add("max_output_length")
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
        (
            parse_1,
            parse_2,
        ) = _parsers()
        obj.call_id = pop("call_id", None)
        obj.output = lenient(pop("output", None), parse_1)
        obj.type = pop("type", None)
        obj.id = pop("id", None)
        obj.caller = lenient(pop("caller", None), parse_2)
        obj.max_output_length = pop("max_output_length", None)
        obj.status = pop("status", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return "call_id" in data and data.get("type") in ("shell_call_output",) and "output" in data
